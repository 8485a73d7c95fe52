import { fromGlobalId } from "../common/global-id.js";
import { toNameKey } from "../common/name-key.js";
import { firstDay, lastDay, parsePartialDate } from "../common/partial-date.js";
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

/**
 * Reads a date bound given as much as is known ("2021", "2021-08", "2021-08-14") and returns its
 * first or last day, so a bound of "2021" means all of 2021.
 */
export function partialDateBound(end: "earliest" | "latest"): (value: string, argument: string) => string {
  return (value, argument) => {
    const parts = parsePartialDate(value);
    if (!parts) {
      const message = `${argument} must be a date such as 2021, 2021-08 or 2021-08-14, years 0001 to 9999 (got "${value}")`;
      throw new BadUserInputError(message, { argument });
    }
    return end === "earliest" ? firstDay(parts) : lastDay(parts);
  };
}
