import type { Viewer } from "../auth/viewer.js";
import { BatchLoader } from "../batch/batch-loader.js";
import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import { NodeLoader } from "../node/node-loader.js";
import { ConnectionLoader } from "../pagination/connection-loader.js";

/** What every resolver of one request shares; loaders are per request so caches never leak. */
export interface RequestContext {
  executor: CypherExecutor;
  nodes: NodeLoader;
  connections: ConnectionLoader;
  /** Batched lookups that are not paginated: whole lists (loadList), claims behind facts, timelines. */
  batches: BatchLoader;
  /** Who sent the request, from its bearer token; undefined for an anonymous request. */
  viewer?: Viewer;
}

export function createRequestContext(executor: CypherExecutor, viewer?: Viewer): RequestContext {
  return { executor, ...(viewer ? { viewer } : {}), ...freshLoaders(executor) };
}

/**
 * New loaders, so nothing cached survives: a subscription's context lives as long as its socket,
 * and each event it delivers must read the graph as it is then.
 */
export function freshLoaders(
  executor: CypherExecutor,
): Pick<RequestContext, "nodes" | "connections" | "batches"> {
  return {
    nodes: new NodeLoader(executor),
    connections: new ConnectionLoader(executor),
    batches: new BatchLoader(executor),
  };
}
