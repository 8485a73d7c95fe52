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

/** Hides whatever went wrong behind a generic message; the cause is logged, never sent. */
export class InternalServerError extends ShowgraphError {
  constructor() {
    super("Something went wrong on our side.", ErrorCode.INTERNAL_SERVER_ERROR);
  }
}
