import fc from "fast-check";

import type { PartialDateParts } from "../../src/common/partial-date.js";
import { DatePrecision, daysInMonth } from "../../src/common/partial-date.js";

/** Every partial date the model can hold: years 1-9999 at every precision, real days only. */
export const partialDates: fc.Arbitrary<PartialDateParts> = fc
  .record({
    precision: fc.constantFrom(DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY),
    year: fc.oneof(
      fc.integer({ min: 1, max: 9999 }),
      fc.constantFrom(1, 4, 99, 100, 999, 1000, 1900, 2000, 9999),
    ),
    month: fc.integer({ min: 1, max: 12 }),
    dayOfMonth: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ precision, year, month, dayOfMonth }) => {
    if (precision === DatePrecision.YEAR) {
      return { precision, year };
    }
    if (precision === DatePrecision.MONTH) {
      return { precision, year, month };
    }
    return { precision, year, month, day: Math.min(dayOfMonth, daysInMonth(year, month)) };
  });
