import { Neo4jError, isRetryableError } from "neo4j-driver";

import type { ShowgraphError } from "./showgraph-error.js";
import { InvalidBookmarkError } from "../causal-consistency/bookmark-header.js";
import { DatabaseTimeoutError, DatabaseUnavailableError, InternalServerError } from "./showgraph-error.js";

const TIMEOUT_CODES = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);

/** A well-formed Showgraph-Bookmark that Neo4j cannot read (src/causal-consistency). */
const BOOKMARK_CODES = new Set([
  "Neo.ClientError.Transaction.InvalidBookmark",
  "Neo.ClientError.Transaction.InvalidBookmarkMixture",
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
    if (BOOKMARK_CODES.has(error.code)) {
      return new InvalidBookmarkError(
        "The Showgraph-Bookmark header holds a bookmark this database cannot read: send back only what the service sent.",
      );
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
