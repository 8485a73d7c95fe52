import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  DatePrecision,
  dayBefore,
  firstDay,
  formatPartialDate,
  lastDay,
  parsePartialDate,
  storedPartialDate,
  toPartialDateSpan,
  withPartialDates,
} from "../../src/common/partial-date.js";
import { partialDates } from "../support/partial-date-arbitrary.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

describe("partial dates", () => {
  it("reads back what it writes, for every year 1-9999 and every precision", () => {
    fc.assert(
      fc.property(partialDates, (parts) => {
        expect(parsePartialDate(formatPartialDate(parts))).toEqual(parts);
      }),
      { numRuns: 2000 },
    );
  });

  it("has a first day on or before its last, both four-digit ISO days within the date", () => {
    fc.assert(
      fc.property(partialDates, (parts) => {
        const [first, last] = [firstDay(parts), lastDay(parts)];
        expect(first).toMatch(DAY);
        expect(last).toMatch(DAY);
        expect(first <= last).toBe(true);
        expect(first.startsWith(formatPartialDate(parts))).toBe(true);
        expect(last.startsWith(formatPartialDate(parts))).toBe(true);
        // Both ends are real days, and the day after the last is outside the date.
        expect(parsePartialDate(first)?.precision).toBe(DatePrecision.DAY);
        expect(parsePartialDate(last)?.precision).toBe(DatePrecision.DAY);
        expect(dayBefore(first) < first).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a stored first day and precision back to the same partial date", () => {
    fc.assert(
      fc.property(partialDates, (parts) => {
        expect(storedPartialDate(firstDay(parts), parts.precision)).toEqual(parts);
        expect(storedPartialDate(formatPartialDate(parts), parts.precision)).toEqual(parts);
      }),
    );
  });

  it("agrees with JavaScript's calendar on every day from year 1000 (Date reads 0-99 as 1900-1999)", () => {
    fc.assert(
      fc.property(partialDates, (parts) => {
        fc.pre(parts.year >= 1000);
        const last = lastDay(parts);
        expect(new Date(`${last}T00:00:00Z`).toISOString().slice(0, 10)).toBe(last);
        const next = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
        expect(next.startsWith(formatPartialDate(parts))).toBe(false);
      }),
    );
  });

  it("pads years before 1000: the reported 0999 is all of the year 999", () => {
    expect(toPartialDateSpan(parsePartialDate("0999")!)).toEqual({
      value: "0999",
      precision: DatePrecision.YEAR,
      earliest: "0999-01-01",
      latest: "0999-12-31",
    });
    expect(lastDay(parsePartialDate("0004-02")!)).toBe("0004-02-29");
    expect(lastDay(parsePartialDate("0100-02")!)).toBe("0100-02-28");
    expect(dayBefore("0001-01-01")).toBe("0000-12-31");
    expect(dayBefore("2024-03-01")).toBe("2024-02-29");
  });

  it("refuses what is not a date of years 1-9999", () => {
    expect(
      ["0000", "10000", "2021-00", "2021-13", "2021-02-29", "2021-04-31", "21", "2021-9", "", "SERIES"].map(
        parsePartialDate,
      ),
    ).toEqual(Array(10).fill(null));
  });

  it("gives stored dates out as much as they are known, their precision beside them", () => {
    expect(
      withPartialDates({
        date: "2021-09-01",
        datePrecision: "MONTH",
        premiereDate: "2021-01-01",
        title: "x",
      }),
    ).toEqual({ date: "2021-09", datePrecision: "MONTH", premiereDate: "2021-01-01", title: "x" });
  });
});
