import neo4j from "neo4j-driver";

import { requireIntInRange } from "../common/int-range.js";
import type { CypherReader } from "../neo4j/cypher-executor.js";
import { GRAPH_LIMITS } from "./graph-limits.js";
import { neighborhoodStatement } from "./neighborhood-statement.js";
import type { NodeRef } from "../node/node-ref.js";
import { pathsStatement } from "./paths-statement.js";
import type { PlainNode, PlainPath, PlainRelationship, PlainSubgraph } from "./plain-graph.js";
import { toPlainNode, toPlainRelationship } from "./plain-graph.js";
import { domainLabels, registeredLabels } from "./registered-labels.js";

export interface NeighborhoodRequest extends NodeRef {
  executor: CypherReader;
  /** 1 to 3 steps (default 1). */
  depth?: number;
  /** At most this many nodes, the start included (1 to 500, default 200). */
  limit?: number;
}

export interface PathsRequest {
  executor: CypherReader;
  from: NodeRef;
  to: NodeRef;
  /** 1 to 6 steps (default 4). */
  maxLength?: number;
  /** At most this many paths (0 to 20, default 5). */
  first?: number;
}

export interface PathsResult {
  paths: PlainPath[];
  /** The ends that name no node; when not empty, `paths` is empty. */
  missing: ("from" | "to")[];
}

interface NeighborhoodRow {
  nodes: unknown[];
  relationships: unknown[];
  truncated: boolean;
}

interface PathsRow {
  sourceFound: boolean;
  targetFound: boolean;
  paths: { nodes: unknown[]; relationships: unknown[] }[];
}

function labelParameters(): { domainLabels: string[]; typeLabels: string[] } {
  return { domainLabels: domainLabels(), typeLabels: registeredLabels() };
}

function presentOnly<T>(values: (T | null)[]): T[] {
  return values.filter((value): value is T => value !== null);
}

/**
 * The nodes within `depth` steps of a node, nearest first and by id within a step, with every
 * relationship among them; one statement. Null when the node does not exist.
 */
export async function loadNeighborhood({
  executor,
  label,
  key,
  depth = GRAPH_LIMITS.depth.default,
  limit = GRAPH_LIMITS.limit.default,
}: NeighborhoodRequest): Promise<PlainSubgraph | null> {
  requireIntInRange(depth, GRAPH_LIMITS.depth);
  requireIntInRange(limit, GRAPH_LIMITS.limit);
  const [row] = await executor.read<NeighborhoodRow>(
    {
      cypher: neighborhoodStatement(label, depth),
      parameters: { key, limit: neo4j.int(limit), ...labelParameters() },
    },
    { operation: "neighborhood" },
  );
  if (!row) {
    return null;
  }
  return {
    nodes: presentOnly(row.nodes.map(toPlainNode)),
    relationships: presentOnly(row.relationships.map(toPlainRelationship)),
    truncated: row.truncated,
  };
}

/** A path whose every node and relationship has a registered type, or null. */
function toPlainPath(row: PathsRow["paths"][number]): PlainPath | null {
  const nodes: (PlainNode | null)[] = row.nodes.map(toPlainNode);
  const relationships: (PlainRelationship | null)[] = row.relationships.map(toPlainRelationship);
  if (nodes.includes(null) || relationships.includes(null)) {
    return null;
  }
  return {
    length: relationships.length,
    nodes: presentOnly(nodes),
    relationships: presentOnly(relationships),
  };
}

/**
 * All shortest paths (up to `first`) between two nodes, undirected, through domain nodes; one
 * statement, which also reports an end that does not exist.
 */
export async function loadPaths({
  executor,
  from,
  to,
  maxLength = GRAPH_LIMITS.maxLength.default,
  first = GRAPH_LIMITS.first.default,
}: PathsRequest): Promise<PathsResult> {
  requireIntInRange(maxLength, GRAPH_LIMITS.maxLength);
  requireIntInRange(first, GRAPH_LIMITS.first);
  const [row] = await executor.read<PathsRow>(
    {
      cypher: pathsStatement(from.label, to.label, maxLength),
      parameters: { sourceKey: from.key, targetKey: to.key, first: neo4j.int(first), ...labelParameters() },
    },
    { operation: "paths" },
  );
  const missing = [
    ...(row?.sourceFound ? [] : (["from"] as const)),
    ...(row?.targetFound ? [] : (["to"] as const)),
  ];
  return { missing, paths: presentOnly((row?.paths ?? []).map(toPlainPath)) };
}
