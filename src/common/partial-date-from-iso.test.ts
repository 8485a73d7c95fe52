import { describe, expect, it } from "vitest";

import { partialDateFromIso } from "./partial-date-from-iso.js";

describe("partialDateFromIso", () => {
  it("keeps a month a month", () => {
    expect(partialDateFromIso("2021-09")).toEqual({
      value: "2021-09",
      precision: "MONTH",
      earliest: "2021-09-01",
      latest: "2021-09-30",
    });
  });

  it("reads years and days", () => {
    expect(partialDateFromIso("2021")).toEqual({
      value: "2021",
      precision: "YEAR",
      earliest: "2021-01-01",
      latest: "2021-12-31",
    });
    expect(partialDateFromIso("2021-08-14")).toEqual({
      value: "2021-08-14",
      precision: "DAY",
      earliest: "2021-08-14",
      latest: "2021-08-14",
    });
  });

  it("answers null for what is not a partial date", () => {
    expect([null, "", "SERIES", "21-08", "2021-8"].map(partialDateFromIso)).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});
