import { BatchLoader } from "../batch/batch-loader.js";
import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import { NodeLoader } from "../node/node-loader.js";
import { ConnectionLoader } from "../pagination/connection-loader.js";
import { ListLoader } from "../pagination/list-loader.js";

/** What every resolver of one request shares; loaders are per request so caches never leak. */
export interface RequestContext {
  executor: CypherExecutor;
  nodes: NodeLoader;
  connections: ConnectionLoader;
  lists: ListLoader;
  /** Batched lookups that are not paginated lists (claims behind facts, timelines). */
  batches: BatchLoader;
}

export function createRequestContext(executor: CypherExecutor): RequestContext {
  return {
    executor,
    nodes: new NodeLoader(executor),
    connections: new ConnectionLoader(executor),
    lists: new ListLoader(executor),
    batches: new BatchLoader(executor),
  };
}
