/**
 * Every error a client can see carries one of these as `extensions.code`. They are part of the
 * API: clients branch on them, so a code is never renamed or reused for another meaning.
 */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  EXPORT_TOO_LARGE = "EXPORT_TOO_LARGE",
  /**
   * Every export slot (EXPORT_MAX_CONCURRENT) is taken and this export cannot wait for one: the
   * line is full (EXPORT_QUEUE_MAX) or it waited EXPORT_QUEUE_TIMEOUT_MS. HTTP 503 with Retry-After.
   */
  EXPORTS_BUSY = "EXPORTS_BUSY",
  DATABASE_UNAVAILABLE = "DATABASE_UNAVAILABLE",
  DATABASE_TIMEOUT = "DATABASE_TIMEOUT",
  TRANSACTION_TOO_LARGE = "TRANSACTION_TOO_LARGE",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
  /** An operation over one of the operation limits (depth, aliases, cost...), refused before it ran: 400. */
  QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX",
  /** A request over its wall-clock budget (REQUEST_TIMEOUT_MS): 503, nothing more was started. */
  REQUEST_TIMEOUT = "REQUEST_TIMEOUT",
  /** A response over RESPONSE_MAX_BYTES: 400, and none of it was sent. */
  RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE",
  /** An HTTP request that cannot be read: malformed JSON, a bad header, a bad URL: 400. */
  BAD_REQUEST = "BAD_REQUEST",
  /** A request body over the limit: 413. */
  PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE",
  /** A body in a media type or charset the route does not take: 415. */
  UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE",
  /** A URL or headers over Node's header limit: 431. */
  HEADERS_TOO_LARGE = "HEADERS_TOO_LARGE",
  /** No bearer token where one is needed, or one that is malformed, unknown, revoked or expired (HTTP 401). */
  UNAUTHENTICATED = "UNAUTHENTICATED",
  /** A valid token whose role is too low for what was asked (HTTP 403). */
  FORBIDDEN = "FORBIDDEN",
  /** An edit made against a version of a claim that has changed since (expectedVersion). */
  CONFLICT = "CONFLICT",
}
