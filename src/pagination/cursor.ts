import { BadUserInputError } from "../errors/showgraph-error.js";

/** A cursor is the row's sort key, so a page starts after a value, not after a position. */
export type SortKeyValue = string | number | boolean;

/**
 * What a cursor holds: the order it was made in (a short fingerprint, see cursor-order.ts) and the
 * row's values of that order's sort keys. The values mean nothing in another order, so a cursor is
 * only accepted by the connection and order that made it.
 */
export interface DecodedCursor {
  order: string;
  sortKey: SortKeyValue[];
}

const CURSOR_VERSION = 2;

export function encodeCursor({ order, sortKey }: DecodedCursor): string {
  return Buffer.from(JSON.stringify([CURSOR_VERSION, order, ...sortKey]), "utf8").toString("base64url");
}

function isSortKeyValue(part: unknown): part is SortKeyValue {
  return ["string", "number", "boolean"].includes(typeof part);
}

export function decodeCursor(cursor: string, argument: string): DecodedCursor {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(decoded) &&
      decoded[0] === CURSOR_VERSION &&
      typeof decoded[1] === "string" &&
      decoded.length > 2 &&
      decoded.slice(2).every(isSortKeyValue)
    ) {
      return { order: decoded[1], sortKey: decoded.slice(2) as SortKeyValue[] };
    }
  } catch {
    // Reported below, with every other malformed cursor.
  }
  throw new BadUserInputError(`"${cursor}" is not a valid cursor for ${argument}`, { argument });
}
