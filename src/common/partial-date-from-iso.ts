import type { PartialDate } from "./partial-date.type.js";
import { DatePrecision, toPartialDate } from "./partial-date.type.js";

const PRECISION_BY_LENGTH: Readonly<Record<number, DatePrecision>> = {
  4: DatePrecision.YEAR,
  7: DatePrecision.MONTH,
  10: DatePrecision.DAY,
};

/**
 * Reads a partial ISO date as claims store their values ("2021", "2021-08", "2021-08-14"): its
 * length is its precision, so "2021-08" stays a month and never becomes 2021-08-01.
 */
export function partialDateFromIso(value: string | null | undefined): PartialDate | null {
  const precision = value ? PRECISION_BY_LENGTH[value.length] : undefined;
  if (!value || !precision || !/^\d{4}(-\d{2}){0,2}$/.test(value)) {
    return null;
  }
  const day =
    precision === DatePrecision.YEAR
      ? `${value}-01-01`
      : precision === DatePrecision.MONTH
        ? `${value}-01`
        : value;
  return toPartialDate(day, precision);
}
