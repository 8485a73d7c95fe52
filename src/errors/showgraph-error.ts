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
