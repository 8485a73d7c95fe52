import { BadUserInputError } from "../errors/showgraph-error.js";

/** A cursor is the row's sort key, so a page starts after a value, not after a position. */
export type SortKeyValue = string | number | boolean;

const CURSOR_VERSION = 1;

export function encodeCursor(sortKey: SortKeyValue[]): string {
  return Buffer.from(JSON.stringify([CURSOR_VERSION, ...sortKey]), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, argument: string): SortKeyValue[] {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(decoded) &&
      decoded[0] === CURSOR_VERSION &&
      decoded.length > 1 &&
      decoded.every((part) => ["string", "number", "boolean"].includes(typeof part))
    ) {
      return decoded.slice(1) as SortKeyValue[];
    }
  } catch {
    // Reported below, with every other malformed cursor.
  }
  throw new BadUserInputError(`"${cursor}" is not a valid cursor for ${argument}`, { argument });
}
