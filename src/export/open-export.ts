// The registry loads the decorated GraphQL classes, which need the metadata polyfill first: exports
// also run without the schema being built (the command line).
import "reflect-metadata";

import type { PlainNode, PlainPath, PlainRelationship } from "../graph/plain-graph.js";
import { nodeRefOf } from "../graph/node-ref.js";
import { loadNeighborhood, loadPaths } from "../graph/subgraph.js";
import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import { ExportNodeNotFoundError, ExportTooLargeError } from "./export-errors.js";
import type { ExportGraph } from "./export-graph.js";
import type { ExportFilter, ExportRequest, ExportScope } from "./export-request.js";
import { loadEverything } from "./load-everything.js";
import { loadSubgraphExport } from "./load-subgraph-export.js";

export interface OpenExportInput {
  executor: CypherExecutor;
  request: Pick<ExportRequest, "scope" | "filter">;
  /** EXPORT_MAX_ELEMENTS: nodes plus relationships. */
  maxElements: number;
  /** Keyset page size of exports of everything (tests make it small). */
  pageSize?: number;
}

function notFound(id: string, argument: string): ExportNodeNotFoundError {
  return new ExportNodeNotFoundError(`No node has the ID "${id}" given as ${argument}`, argument);
}

/** The nodes and relationships of some paths, each once, in path order. */
function flattenPaths(paths: PlainPath[]): { nodes: PlainNode[]; relationships: PlainRelationship[] } {
  const nodes = new Map<string, PlainNode>();
  const relationships = new Map<string, PlainRelationship>();
  for (const path of paths) {
    for (const node of path.nodes) {
      nodes.set(JSON.stringify([node.label, node.key]), node);
    }
    for (const relationship of path.relationships) {
      relationships.set(relationship.id, relationship);
    }
  }
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

async function loadScope(
  executor: CypherExecutor,
  scope: ExportScope,
  filter: ExportFilter,
  pageSize: number | undefined,
): Promise<ExportGraph> {
  switch (scope.kind) {
    case "neighborhood": {
      const ref = nodeRefOf(scope.id, "id");
      const subgraph =
        ref && (await loadNeighborhood({ executor, ...ref, depth: scope.depth, limit: scope.limit }));
      if (!subgraph) {
        throw notFound(scope.id, "id");
      }
      return loadSubgraphExport({ executor, ...subgraph, filter });
    }
    case "path": {
      const from = nodeRefOf(scope.from, "from");
      const to = nodeRefOf(scope.to, "to");
      if (!from || !to) {
        throw from ? notFound(scope.to, "to") : notFound(scope.from, "from");
      }
      const { paths, missing } = await loadPaths({
        executor,
        from,
        to,
        maxLength: scope.maxLength,
        first: scope.first,
      });
      const [end] = missing;
      if (end) {
        throw notFound(scope[end], end);
      }
      // `first` bounds the number of paths asked for, not a cut in what was asked.
      return loadSubgraphExport({ executor, ...flattenPaths(paths), truncated: false, filter });
    }
    case "all":
      return loadEverything({ executor, filter, pageSize });
  }
}

/** Stops an export whose graph grew past the limit after it was counted. */
async function* guarded<T>(elements: AsyncIterable<T>, counter: { left: number }, maxElements: number) {
  for await (const element of elements) {
    counter.left -= 1;
    if (counter.left < 0) {
      throw new ExportTooLargeError(maxElements, null);
    }
    yield element;
  }
}

/**
 * The graph an export request asks for, once it is known to exist and to fit under the limit:
 * a missing node is NOT_FOUND, too many elements EXPORT_TOO_LARGE, both before anything is written.
 */
export async function openExport({
  executor,
  request,
  maxElements,
  pageSize,
}: OpenExportInput): Promise<ExportGraph> {
  const graph = await loadScope(executor, request.scope, request.filter, pageSize);
  const elements = graph.nodeCount + graph.relationshipCount;
  if (elements > maxElements) {
    throw new ExportTooLargeError(maxElements, elements);
  }
  const counter = { left: maxElements };
  return {
    ...graph,
    nodes: () => guarded(graph.nodes(), counter, maxElements),
    relationships: () => guarded(graph.relationships(), counter, maxElements),
  };
}
