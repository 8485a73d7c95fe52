import { parsePartialDate, toPartialDateSpan } from "./partial-date.js";
import type { PartialDate } from "./partial-date.type.js";

/**
 * Reads a partial ISO date as claims store their values ("2021", "2021-08", "2021-08-14"): its
 * length is its precision, so "2021-08" stays a month and never becomes 2021-08-01.
 */
export function partialDateFromIso(value: string | null | undefined): PartialDate | null {
  const parts = value ? parsePartialDate(value) : null;
  return parts && toPartialDateSpan(parts);
}
