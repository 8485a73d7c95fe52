import { BadUserInputError } from "../errors/showgraph-error.js";
import type { CypherReader } from "../neo4j/cypher-executor.js";
import { nodeRefOf } from "./node-ref.js";
import type { PlainPath, PlainSubgraph } from "./plain-graph.js";
import { loadNeighborhood, loadPaths } from "./subgraph.js";

export interface FindNeighborhoodInput {
  executor: CypherReader;
  /** A global ID. */
  id: string;
  depth?: number;
  limit?: number;
}

export interface FindPathsInput {
  executor: CypherReader;
  /** Global IDs. */
  from: string;
  to: string;
  maxLength?: number;
  first?: number;
}

/** The neighbourhood of the node a global ID names; null when it names nothing, like node(id:). */
export async function findNeighborhood({
  executor,
  id,
  depth,
  limit,
}: FindNeighborhoodInput): Promise<PlainSubgraph | null> {
  const ref = nodeRefOf(id, "id");
  return ref ? loadNeighborhood({ executor, ...ref, depth, limit }) : null;
}

/**
 * Shortest paths between the nodes two global IDs name. An ID that names nothing is
 * BAD_USER_INPUT naming the argument rather than NOT_FOUND: the question "how are these two
 * connected?" cannot be asked about a node that does not exist, just as with a malformed ID, and
 * an empty list must keep meaning "not connected within maxLength".
 */
export async function findPaths({
  executor,
  from,
  to,
  maxLength,
  first,
}: FindPathsInput): Promise<PlainPath[]> {
  const ends = { from: nodeRefOf(from, "from"), to: nodeRefOf(to, "to") };
  const { paths, missing } =
    ends.from && ends.to
      ? await loadPaths({ executor, from: ends.from, to: ends.to, maxLength, first })
      : { paths: [], missing: (["from", "to"] as const).filter((end) => ends[end] === null) };
  if (missing.length > 0) {
    const given = { from, to };
    throw new BadUserInputError(
      missing.map((end) => `No node has the ID "${given[end]}" given as ${end}`).join("; "),
      { argument: missing[0], unknownArguments: missing },
    );
  }
  return paths;
}
