import { Neo4jError, isRetryableError } from "neo4j-driver";

import type { ShowgraphError } from "./showgraph-error.js";
import { DatabaseTimeoutError, DatabaseUnavailableError, InternalServerError } from "./showgraph-error.js";

const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);

/**
 * The driver's pool gives up waiting for a connection (NEO4J_CONNECTION_ACQUISITION_TIMEOUT_MS)
 * with an error that has no code, only this message (neo4j-driver-core, internal/pool/pool.js).
 */
const ACQUISITION_TIMEOUT_MESSAGE = "Connection acquisition timed out";

/**
 * The one place where the driver's errors become client errors. Neo4j's messages name labels,
 * queries and internal state, so none of them is passed through.
 */
export function mapNeo4jError(error: unknown): ShowgraphError {
  if (error instanceof Neo4jError) {
    if (TIMEOUT_CODES.has(error.code)) {
      return new DatabaseTimeoutError();
    }
    if (
      isRetryableError(error) ||
      error.code === "ServiceUnavailable" ||
      error.code === "SessionExpired" ||
      error.message.startsWith(ACQUISITION_TIMEOUT_MESSAGE)
    ) {
      return new DatabaseUnavailableError();
    }
  }
  return new InternalServerError();
}
