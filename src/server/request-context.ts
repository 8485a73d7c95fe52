import type { Viewer } from "../auth/viewer.js";
import type { RequestFigures } from "../observability/request-figures.js";
import { BatchLoader } from "../batch/batch-loader.js";
import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import type { RequestTransactionOptions } from "../neo4j/request-transaction.js";
import { RequestTransaction } from "../neo4j/request-transaction.js";
import { NodeLoader } from "../node/node-loader.js";
import { ConnectionLoader } from "../pagination/connection-loader.js";
import { PlannedResults } from "../query-engine/planned-results.js";

/** What every resolver of one request shares; loaders are per request so caches never leak. */
export interface RequestContext {
  /** The HTTP request's figures for its log line and metrics (absent outside HTTP: tests, subscriptions). */
  figures?: RequestFigures;
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
  /** Who sent the request, from its bearer token; undefined for an anonymous request. */
  viewer?: Viewer;
  /** For mutations only: each edit is one write transaction of its own (src/editing/run-edit.ts). */
  writes: CypherExecutor;
}

/**
 * A request's context. Reads go through `reads`, the request's one read transaction; the executor
 * itself is there only as `writes`, for mutations (each one write transaction of its own).
 */
export function createRequestContext(
  executor: CypherExecutor,
  {
    viewer,
    figures,
    transaction = {},
  }: { viewer?: Viewer; figures?: RequestFigures; transaction?: RequestTransactionOptions } = {},
): RequestContext {
  return {
    writes: executor,
    ...(viewer ? { viewer } : {}),
    ...(figures ? { figures } : {}),
    ...freshReads(executor, transaction),
  };
}

/**
 * A new read transaction and loaders over it, so nothing cached survives: a subscription's context
 * lives as long as its socket, and each event it delivers must read the graph as it is then.
 */
export function freshReads(
  executor: CypherExecutor,
  transaction: RequestTransactionOptions = {},
): Pick<RequestContext, "reads" | "nodes" | "connections" | "batches" | "planned"> {
  const reads = new RequestTransaction(executor, transaction);
  return {
    reads,
    nodes: new NodeLoader(reads),
    connections: new ConnectionLoader(reads),
    batches: new BatchLoader(reads),
    planned: new PlannedResults(),
  };
}
