import type { GraphQLFormattedError } from "graphql";
import { GraphQLError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";

import { ErrorCode } from "../errors/error-code.js";
import { ShowgraphError } from "../errors/showgraph-error.js";
import { QueryTooComplexError } from "../limits/query-too-complex-error.js";
import { tokenLimitError } from "../limits/token-limit.js";

/** Codes Apollo Server itself gives to a client's mistakes (bad query, bad variables). */
const CLIENT_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/**
 * A refusal by an operation limit: in validation Apollo wraps it as GRAPHQL_VALIDATION_FAILED
 * (keeping it as originalError), and graphql-js's token limit is a parse error with a message.
 */
function operationLimitError(error: unknown, formatted: GraphQLFormattedError): QueryTooComplexError | null {
  if (error instanceof GraphQLError && error.originalError instanceof QueryTooComplexError) {
    return error.originalError;
  }
  return formatted.extensions?.code === "GRAPHQL_PARSE_FAILED" ? tokenLimitError(formatted.message) : null;
}

/**
 * Apollo's own refusals that carry an HTTP 4xx but no code (a persisted query whose hash does not
 * match its query, or of an unknown version: found by the fuzz test): the client's mistake, so
 * BAD_REQUEST rather than INTERNAL_SERVER_ERROR.
 */
function isUncodedClientError(error: unknown): boolean {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) {
    return false;
  }
  const status = (error.extensions.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500;
}

/**
 * What a client sees of an error: ours and Apollo's client errors as they are; anything else (a
 * bug, a driver error we did not map) as a generic INTERNAL_SERVER_ERROR. Each is logged in full,
 * with its cause and the request's id, by src/observability/graphql-observer-plugin.ts.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  const limit = operationLimitError(original, formatted);
  if (limit) {
    // `http` sets the status when Apollo answers a thrown error; it is not for the client.
    const extensions = Object.fromEntries(Object.entries(limit.extensions).filter(([key]) => key !== "http"));
    return { message: limit.message, locations: formatted.locations, extensions };
  }
  if (isUncodedClientError(original)) {
    return { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } };
  }
  if (original instanceof ShowgraphError || (typeof code === "string" && CLIENT_ERROR_CODES.has(code))) {
    return { ...formatted, extensions: { ...formatted.extensions, stacktrace: undefined } };
  }
  return {
    message: "Something went wrong on our side.",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
