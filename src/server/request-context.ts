import { BatchLoader } from "../batch/batch-loader.js";
import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import type { RequestTransactionOptions } from "../neo4j/request-transaction.js";
import { RequestTransaction } from "../neo4j/request-transaction.js";
import { NodeLoader } from "../node/node-loader.js";
import { ConnectionLoader } from "../pagination/connection-loader.js";
import { PlannedResults } from "../query-engine/planned-results.js";

/** What every resolver of one request shares; loaders are per request so caches never leak. */
export interface RequestContext {
  /**
   * The request's one read transaction: every read of every resolver goes through it (the
   * loaders below use it too). Finished by requestTransactionPlugin when the response is done.
   */
  reads: RequestTransaction;
  nodes: NodeLoader;
  connections: ConnectionLoader;
  /** What the query engine read for nested fields along with their root field (plan-node-lookup.ts). */
  planned: PlannedResults;
  /** Batched lookups that are not paginated: whole lists (loadList), claims behind facts, timelines. */
  batches: BatchLoader;
}

/**
 * A request's context. Only reads: the GraphQL API writes nothing, and there is deliberately no
 * executor here, so no resolver can read outside the request's transaction.
 */
export function createRequestContext(
  executor: CypherExecutor,
  transaction: RequestTransactionOptions = {},
): RequestContext {
  const reads = new RequestTransaction(executor, transaction);
  return {
    reads,
    nodes: new NodeLoader(reads),
    connections: new ConnectionLoader(reads),
    batches: new BatchLoader(reads),
    planned: new PlannedResults(),
  };
}
