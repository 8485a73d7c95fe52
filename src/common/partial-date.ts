import { NUMERIC_RANGES } from "./int-range.js";

/**
 * Partial dates, the one place where a date known to a year, a month or a day becomes days.
 * Everything that turns one into a day goes through here: filters, sorting bounds, exports, known
 * and valid time, ingest. Years are 1..9999 (NUMERIC_RANGES.year): the four digits of ISO 8601
 * without sign, which Neo4j's `date()` and JavaScript both read; the calendar is the proleptic
 * Gregorian one both use. Cypher over stored dates is in src/claim/temporal-cypher.ts.
 */

/** How much of a date is known. A month is not a day: September 2021 is MONTH. */
export enum DatePrecision {
  YEAR = "YEAR",
  MONTH = "MONTH",
  DAY = "DAY",
}

/** A date as much as it is known: `month` with MONTH and DAY, `day` with DAY. */
export interface PartialDateParts {
  precision: DatePrecision;
  year: number;
  month?: number;
  day?: number;
}

/** A partial date with the span of days it can mean, as the API and exports give it. */
export interface PartialDateSpan {
  /** "2021", "2021-09" or "2021-09-14": the precision is the length. */
  value: string;
  precision: DatePrecision;
  /** The first day it can mean, YYYY-MM-DD. */
  earliest: string;
  /** The last day it can mean, YYYY-MM-DD. */
  latest: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The ISO length of each precision: "2021" (4), "2021-09" (7), "2021-09-14" (10). */
const ISO_LENGTH: Record<DatePrecision, number> = { YEAR: 4, MONTH: 7, DAY: 10 };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The days of a month of the proleptic Gregorian calendar. Computed rather than asked of `Date`,
 * which reads the years 0-99 as 1900-1999.
 */
export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Reads "2021", "2021-09" or "2021-09-14" (surrounding white space allowed); null for anything
 * else, including days that do not exist (2021-02-29) and the year 0000.
 */
export function parsePartialDate(text: string): PartialDateParts | null {
  const match = PARTIAL_DATE.exec(text.trim());
  if (!match) {
    return null;
  }
  const [, yearText = "", monthText, dayText] = match;
  const year = Number(yearText);
  const { min, max } = NUMERIC_RANGES.year;
  if (year < min || year > max) {
    return null;
  }
  if (monthText === undefined) {
    return { precision: DatePrecision.YEAR, year };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) {
    return null;
  }
  if (dayText === undefined) {
    return { precision: DatePrecision.MONTH, year, month };
  }
  const day = Number(dayText);
  return day >= 1 && day <= daysInMonth(year, month)
    ? { precision: DatePrecision.DAY, year, month, day }
    : null;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** As written in facts files and PartialDate.value: "0999", "0999-12", "0999-12-31". */
export function formatPartialDate({ precision, year, month = 1, day = 1 }: PartialDateParts): string {
  return isoDay(year, month, day).slice(0, ISO_LENGTH[precision]);
}

/** The first day a partial date can mean, YYYY-MM-DD: "2021-09" is 2021-09-01. */
export function firstDay({ precision, year, month = 1, day = 1 }: PartialDateParts): string {
  switch (precision) {
    case DatePrecision.YEAR:
      return isoDay(year, 1, 1);
    case DatePrecision.MONTH:
      return isoDay(year, month, 1);
    case DatePrecision.DAY:
      return isoDay(year, month, day);
  }
}

/** The last day a partial date can mean, YYYY-MM-DD: "2021-09" is 2021-09-30, "0999" 0999-12-31. */
export function lastDay({ precision, year, month = 12, day = 1 }: PartialDateParts): string {
  switch (precision) {
    case DatePrecision.YEAR:
      return isoDay(year, 12, 31);
    case DatePrecision.MONTH:
      return isoDay(year, month, daysInMonth(year, month));
    case DatePrecision.DAY:
      return isoDay(year, month, day);
  }
}

/** The day before a day, YYYY-MM-DD: 2021-03-01 gives 2021-02-28, 0001-01-01 gives 0000-12-31. */
export function dayBefore(date: string): string {
  const [year = 1, month = 1, day = 1] = date.split("-").map(Number);
  if (day > 1) {
    return isoDay(year, month, day - 1);
  }
  return month > 1 ? isoDay(year, month - 1, daysInMonth(year, month - 1)) : isoDay(year - 1, 12, 31);
}

/** The value and the span of days of a partial date. */
export function toPartialDateSpan(parts: PartialDateParts): PartialDateSpan {
  return {
    value: formatPartialDate(parts),
    precision: parts.precision,
    earliest: firstDay(parts),
    latest: lastDay(parts),
  };
}

function isPrecision(value: unknown): value is DatePrecision {
  return typeof value === "string" && Object.hasOwn(ISO_LENGTH, value);
}

/**
 * A partial date as the model stores it: a Neo4j date holding its first day ("2021-09-01", as the
 * executor returns dates) and a precision beside it ("MONTH"); no precision means a day. Null when
 * there is no date or it is not one this module reads.
 */
export function storedPartialDate(
  date: string | null | undefined,
  precision: string | null | undefined,
): PartialDateParts | null {
  if (!date) {
    return null;
  }
  const known = isPrecision(precision) ? precision : DatePrecision.DAY;
  return parsePartialDate(date.slice(0, ISO_LENGTH.DAY).slice(0, ISO_LENGTH[known]));
}

const PRECISION_SUFFIX = "Precision";

/**
 * Stored properties with every partial date (a date `X` beside its `XPrecision`, as the executor
 * returns them: "2021-09-01" and "MONTH") written as much as it is known ("2021-09"), for what
 * gives properties out as they are (exports, GraphRelationship.properties): the stored first
 * day alone would pass a month off as a day. The precision property stays beside it.
 */
export function withPartialDates(properties: Record<string, unknown>): Record<string, unknown> {
  let result = properties;
  for (const [name, precision] of Object.entries(properties)) {
    const dateName = name.endsWith(PRECISION_SUFFIX) ? name.slice(0, -PRECISION_SUFFIX.length) : "";
    const date = properties[dateName];
    const parts =
      typeof date === "string" && isPrecision(precision) ? storedPartialDate(date, precision) : null;
    if (parts) {
      result = { ...result, [dateName]: formatPartialDate(parts) };
    }
  }
  return result;
}
