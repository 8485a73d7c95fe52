import { ErrorCode } from "../errors/error-code.js";
import { ShowgraphError } from "../errors/showgraph-error.js";
import type { LimitName } from "./operation-limits.js";

/**
 * An operation over one of the operation limits, refused before it ran: HTTP 400, code
 * QUERY_TOO_COMPLEX, `extensions` `{ limit, found, maximum }`. `found` is null when counting
 * stopped at the limit (tokens: the parser gives up there, which is the point of the limit).
 */
export class QueryTooComplexError extends ShowgraphError {
  constructor(limit: LimitName, found: number | null, maximum: number) {
    const measure = found === null ? `more than ${maximum} ${limit}` : `${limit} ${found}`;
    super(
      `The operation was not run: ${measure} exceeds the limit of ${maximum}. ` +
        "Ask for less in one operation (smaller first/last, fewer fields or aliases, less nesting).",
      ErrorCode.QUERY_TOO_COMPLEX,
      { limit, found, maximum, http: { status: 400 } },
    );
  }
}
