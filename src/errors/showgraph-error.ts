import { GraphQLError } from "graphql";

import { ErrorCode } from "./error-code.js";

/** The base of every error whose message is safe to show to a client. */
export class ShowgraphError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = new.target.name;
  }
}

export class BadUserInputError extends ShowgraphError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.BAD_USER_INPUT, extensions);
  }
}

export class DatabaseUnavailableError extends ShowgraphError {
  constructor() {
    super("The database is unavailable; try again shortly.", ErrorCode.DATABASE_UNAVAILABLE);
  }
}

export class DatabaseTimeoutError extends ShowgraphError {
  constructor() {
    super("The query took too long and was stopped.", ErrorCode.DATABASE_TIMEOUT);
  }
}

/**
 * One transaction needed more memory than Neo4j lets a transaction have (a share of its heap).
 * Retrying cannot help, so it is not retried.
 */
export class TransactionTooLargeError extends ShowgraphError {
  constructor() {
    super(
      "The change is too large for one transaction on this database: split it (a facts file into several files), or give Neo4j more heap (NEO4J_EMBEDDED_HEAP for the embedded one).",
      ErrorCode.TRANSACTION_TOO_LARGE,
    );
  }
}

/** Hides whatever went wrong behind a generic message; the cause is logged, never sent. */
export class InternalServerError extends ShowgraphError {
  constructor() {
    super("Something went wrong on our side.", ErrorCode.INTERNAL_SERVER_ERROR);
  }
}

/**
 * Sent with HTTP 401 and `WWW-Authenticate: Bearer` (RFC 6750): no token where one is needed, or
 * one the service does not accept. The message never says which of those it was.
 */
export class UnauthenticatedError extends ShowgraphError {
  constructor(message = "A valid bearer token is needed: send Authorization: Bearer <token>.") {
    super(message, ErrorCode.UNAUTHENTICATED, {
      http: { status: 401, headers: new Map([["www-authenticate", 'Bearer realm="showgraph"']]) },
    });
  }
}

/** Sent with HTTP 403: the token is valid but its role may not do this. */
export class ForbiddenError extends ShowgraphError {
  constructor(needed: string) {
    super(`This needs a token with the ${needed} role.`, ErrorCode.FORBIDDEN, { http: { status: 403 } });
  }
}

/** Sent with HTTP 409: someone else changed what this edit was based on (optimistic concurrency). */
export class ConflictError extends ShowgraphError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.CONFLICT, { ...extensions, http: { status: 409 } });
  }
}

/** What an operation names does not exist (a claim, an article): nothing was changed. */
export class NotFoundError extends ShowgraphError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, ErrorCode.NOT_FOUND, extensions);
  }
}
