import { fromGlobalId } from "../common/global-id.js";
import { toNameKey } from "../common/name-key.js";
import { DatePrecision, toPartialDate } from "../common/partial-date.type.js";
import { BadUserInputError } from "../errors/showgraph-error.js";
import type { FilterRule } from "./root-list-definition.js";

/** Turns a filter's global ID into the stored key, refusing an ID of another type. */
export function nodeKeyOf(typename: string): (globalId: string, argument: string) => string {
  return (globalId, argument) => {
    const resolved = fromGlobalId(globalId);
    if (resolved.typename !== typename) {
      throw new BadUserInputError(`${argument} must be the ID of a ${typename}`, { argument });
    }
    return resolved.key;
  };
}

/** "Contains", whatever the case and accents: both sides as name keys, served by a TEXT index. */
export const nameKeyContains: FilterRule<string> = {
  predicate: (value) => `n.nameKey CONTAINS ${value}`,
  toParameter: (text) => toNameKey(text),
};

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads a date bound given as much as is known ("2021", "2021-08", "2021-08-14") and returns its
 * first or last day, so a bound of "2021" means all of 2021.
 */
export function partialDateBound(end: "earliest" | "latest"): (value: string, argument: string) => string {
  return (value, argument) => {
    const match = PARTIAL_DATE.exec(value.trim());
    const [, year, month, day] = match ?? [];
    const precision = day ? DatePrecision.DAY : month ? DatePrecision.MONTH : DatePrecision.YEAR;
    const first = `${year}-${month ?? "01"}-${day ?? "01"}`;
    // Date rolls 2021-02-30 over to March; a real day prints back as itself.
    const valid =
      match && !Number.isNaN(Date.parse(first)) && new Date(first).toISOString().startsWith(first);
    if (!valid) {
      const message = `${argument} must be a date such as 2021, 2021-08 or 2021-08-14 (got "${value}")`;
      throw new BadUserInputError(message, { argument });
    }
    return toPartialDate(first, precision)?.[end] ?? first;
  };
}
