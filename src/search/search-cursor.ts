import { createHash } from "node:crypto";

import { BadUserInputError } from "../errors/showgraph-error.js";
import type { SortKeyValue } from "../pagination/cursor.js";

/** Deep pages of a relevance ranking are noise, and each one makes the database skip more hits. */
export const MAX_SEARCH_OFFSET = 10_000;

/**
 * Search pages by offset, not by keyset. A keyset cursor (score, id) only works if a hit keeps its
 * score from one request to the next, and Lucene's scores do not: they are computed per query from
 * index-wide statistics (how many entries hold a word, how long they are), so any write anywhere
 * in the index moves every score, and a (score, id) cursor would then skip or repeat hits at
 * random. Nor would a keyset save work: the index scores every match before the first page
 * anyway. An offset is stable while the index is, and after a write shifts by at most the entries
 * that changed. The cursor is tied to its search (a fingerprint of the query and types), so a
 * cursor from another search is rejected instead of paging through the wrong ranking.
 */
export function searchFingerprint(query: string, labels: string[]): string {
  return createHash("sha256")
    .update(JSON.stringify([query, [...labels].sort()]))
    .digest("base64url")
    .slice(0, 16);
}

/** The cursor of the hit at `offset`: continuing after it starts at `offset + 1`. */
export function searchCursorKey(fingerprint: string, offset: number): SortKeyValue[] {
  return [fingerprint, offset + 1];
}

/** Where a page after a decoded cursor starts. */
export function searchOffset(after: SortKeyValue[] | null, fingerprint: string): number {
  if (after === null) {
    return 0;
  }
  const [cursorFingerprint, offset] = after;
  if (
    after.length !== 2 ||
    typeof offset !== "number" ||
    !Number.isInteger(offset) ||
    offset < 1 ||
    offset > MAX_SEARCH_OFFSET
  ) {
    throw new BadUserInputError("after is not a cursor of a search", { argument: "after" });
  }
  if (cursorFingerprint !== fingerprint) {
    throw new BadUserInputError("after is a cursor of another search (other text or types)", {
      argument: "after",
    });
  }
  return offset;
}
