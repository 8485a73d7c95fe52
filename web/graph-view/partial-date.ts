import type { PartialDate } from "./claim-data.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A date in words at its precision: "26 September 2021" (DAY), "September 2021" (MONTH), "2021"
 * (YEAR). Never a day that was not given: "2021-09" is a month. Unreadable input comes back as is.
 */
export function dateInWords({ value, precision }: PartialDate): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!match) {
    return value;
  }
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (precision === "YEAR" || !monthName) {
    return year as string;
  }
  if (precision === "MONTH" || !day) {
    return `${monthName} ${year}`;
  }
  return `${Number(day)} ${monthName} ${year}`;
}

/** Reads "2021", "2021-09" or "2021-09-14" as a partial date; null for anything else. */
export function parsePartialDate(value: string): PartialDate | null {
  const match = /^\d{4}(-\d{2})?(-\d{2})?$/.exec(value);
  if (!match) {
    return null;
  }
  return { value, precision: match[2] ? "DAY" : match[1] ? "MONTH" : "YEAR" };
}
