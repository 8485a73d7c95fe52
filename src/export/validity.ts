import { dayBefore, firstDay, storedPartialDate } from "../common/partial-date.js";

/** A claim's valid time as stored: partial dates (an ISO date and YEAR, MONTH or DAY). */
export interface ClaimTime {
  validFrom: string | null;
  validFromPrecision: string | null;
  validTo: string | null;
  validToPrecision: string | null;
}

/**
 * When something held in the world, by day: from `validFrom` (the first day it may have held) until
 * the day before `validTo` (the first day it no longer held, as the provenance API's validOn
 * reads it). Null means open: since always, or still.
 */
export interface Validity {
  validFrom: string | null;
  validTo: string | null;
}

/** The first day a stored partial date can mean: "2021-09" (stored 2021-09-01, MONTH) is 2021-09-01. */
function earliestDay(date: string, precision: string | null): string | null {
  const parts = storedPartialDate(date, precision);
  return parts && firstDay(parts);
}

/**
 * The span of all the claims that vouch for something: from the earliest start to the latest end,
 * open at either side as soon as one claim is (a fact claimed without a start has held since
 * always, as far as the graph knows). Nothing claimed: open at both sides.
 */
export function toValidity(claims: readonly ClaimTime[]): Validity {
  if (claims.length === 0) {
    return { validFrom: null, validTo: null };
  }
  const starts = claims.map(
    (claim) => claim.validFrom && earliestDay(claim.validFrom, claim.validFromPrecision),
  );
  const ends = claims.map((claim) => claim.validTo && earliestDay(claim.validTo, claim.validToPrecision));
  return {
    validFrom: starts.includes(null) ? null : [...(starts as string[])].sort()[0]!,
    validTo: ends.includes(null) ? null : [...(ends as string[])].sort().at(-1)!,
  };
}

/** The last day it held: the day before `validTo`, never before `validFrom` (GEXF ends are inclusive). */
export function lastValidDay({ validFrom, validTo }: Validity): string | null {
  if (validTo === null) {
    return null;
  }
  const before = dayBefore(validTo);
  return validFrom !== null && before < validFrom ? validFrom : before;
}
