import { Neo4jError, isRetryableError } from "neo4j-driver";

import type { ShowgraphError } from "./showgraph-error.js";
import { DatabaseTimeoutError, DatabaseUnavailableError, InternalServerError } from "./showgraph-error.js";

const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);

/**
 * The one place where the driver's errors become client errors. Neo4j's messages name labels,
 * queries and internal state, so none of them is passed through.
 */
export function mapNeo4jError(error: unknown): ShowgraphError {
  if (error instanceof Neo4jError) {
    if (TIMEOUT_CODES.has(error.code)) {
      return new DatabaseTimeoutError();
    }
    if (isRetryableError(error) || error.code === "ServiceUnavailable" || error.code === "SessionExpired") {
      return new DatabaseUnavailableError();
    }
  }
  return new InternalServerError();
}
