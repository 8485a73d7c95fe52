import type { Session, Transaction } from "neo4j-driver";
import { Neo4jError } from "neo4j-driver";

import { mapNeo4jError } from "../errors/map-neo4j-error.js";
import { ShowgraphError, TransactionTooLargeError } from "../errors/showgraph-error.js";

/**
 * A transient error to the driver, which would retry the transaction until its retry time is up;
 * but the same work needs the same memory again.
 */
const TRANSACTION_MEMORY_LIMIT = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";

export function isMemoryLimit(error: unknown): boolean {
  return error instanceof Neo4jError && error.code === TRANSACTION_MEMORY_LIMIT;
}

/** Every driver error becomes a client error here, keeping the cause for the log only. */
export function toClientError(error: unknown): ShowgraphError {
  if (error instanceof ShowgraphError) {
    return error;
  }
  const clientError = isMemoryLimit(error) ? new TransactionTooLargeError() : mapNeo4jError(error);
  return Object.assign(clientError, { originalError: error });
}

/**
 * Ends a request's transaction: a read commits nothing, but committing says it went well in the
 * query log; after a failure only a rollback is allowed. The session is closed in every case, and
 * a failure to end (a connection already gone) is not the client's concern: Neo4j ends the
 * transaction itself when the connection drops or the timeout passes.
 */
export async function closeQuietly(session: Session, transaction: Transaction | undefined, failed: boolean) {
  try {
    if (transaction?.isOpen()) {
      await (failed ? transaction.rollback() : transaction.commit());
    }
  } catch {
    // See above: nothing the client could act on.
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** Thrown out of a dry run's work so the driver rolls its transaction back; carries the result. */
export class RollbackSignal<T> extends Error {
  constructor(readonly value: T) {
    super("dry run rolled back");
  }
}
