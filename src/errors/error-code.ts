/**
 * Every error a client can see carries one of these as `extensions.code`. They are part of the
 * API: clients branch on them, so a code is never renamed or reused for another meaning.
 */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  EXPORT_TOO_LARGE = "EXPORT_TOO_LARGE",
  DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE",
  DATABASE_TIMEOUT = "DATABASE_TIMEOUT",
  TRANSACTION_TOO_LARGE = "TRANSACTION_TOO_LARGE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
  /** No bearer token where one is needed, or one that is malformed, unknown, revoked or expired (HTTP 401). */
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** A valid token whose role is too low for what was asked (HTTP 403). */
  FORBIDDEN = "FORBIDDEN",
  /** An edit made against a version of a claim that has changed since (expectedVersion). */
  CONFLICT = "CONFLICT",
}
