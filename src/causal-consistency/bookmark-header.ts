import { ErrorCode } from "../errors/error-code.js";
import { ShowgraphError } from "../errors/showgraph-error.js";

/**
 * The header that carries Neo4j bookmarks between a client and any replica of the service:
 * a response to a request that wrote has `Showgraph-Bookmark: <bookmark>[, <bookmark>...]`; a
 * client that sends it back makes that request's reads wait until the cluster member serving them
 * has those writes (causal consistency across requests and replicas; docs/operations.md).
 * Bookmarks are opaque strings from Neo4j (e.g. "FB:kcwQ…"): nothing here reads them.
 */
export const BOOKMARK_HEADER = "Showgraph-Bookmark";

/** A Showgraph-Bookmark header that is malformed, or that Neo4j cannot read: BAD_REQUEST, HTTP 400. */
export class InvalidBookmarkError extends ShowgraphError {
  constructor(message: string) {
    super(message, ErrorCode.BAD_REQUEST, { header: BOOKMARK_HEADER, http: { status: 400 } });
  }
}

/** More bookmarks than this in one header is not a client following its own writes. */
export const MAX_BOOKMARKS = 16;

// Neo4j 5's bookmarks are "FB:" plus base64; the check keeps out anything else (commas split them).
const BOOKMARK = /^[A-Za-z0-9:+/=_.-]{1,512}$/;

/**
 * The bookmarks of a Showgraph-Bookmark header value (Node joins repeated headers with ", "):
 * [] when absent or blank.
 * @throws InvalidBookmarkError naming the header when a bookmark is malformed or there are more
 *   than MAX_BOOKMARKS.
 */
export function parseBookmarkHeader(value: string | undefined): string[] {
  if (value === undefined || value.trim() === "") {
    return [];
  }
  const bookmarks = value.split(",").map((bookmark) => bookmark.trim());
  if (bookmarks.length > MAX_BOOKMARKS) {
    throw new InvalidBookmarkError(
      `The ${BOOKMARK_HEADER} header holds ${bookmarks.length} bookmarks; at most ${MAX_BOOKMARKS} are taken.`,
    );
  }
  if (!bookmarks.every((bookmark) => BOOKMARK.test(bookmark))) {
    throw new InvalidBookmarkError(
      `The ${BOOKMARK_HEADER} header must hold bookmarks as this service sent them, separated by commas.`,
    );
  }
  return bookmarks;
}

/** The header value for `bookmarks`, or undefined when there are none (nothing was written). */
export function formatBookmarkHeader(bookmarks: string[]): string | undefined {
  return bookmarks.length > 0 ? bookmarks.join(", ") : undefined;
}
