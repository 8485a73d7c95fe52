import { describe, expect, it } from "vitest";

import { lastValidDay, toValidity } from "./validity.js";

const claim = (
  validFrom: string | null,
  validFromPrecision: string | null,
  validTo: string | null = null,
  validToPrecision: string | null = null,
) => ({ validFrom, validFromPrecision, validTo, validToPrecision });

describe("valid time of an exported element", () => {
  it("spans its claims, from the first day a partial date can mean", () => {
    expect(
      toValidity([claim("2021-08-01", "MONTH", "2021-09-01", "MONTH"), claim("2021-03-15", "DAY")]),
    ).toEqual({
      validFrom: "2021-03-15",
      validTo: null,
    });
    expect(toValidity([claim("2021-08-17", "YEAR", "2023-05-01", "YEAR")])).toEqual({
      validFrom: "2021-01-01",
      validTo: "2023-01-01",
    });
  });

  it("is open at a side as soon as one claim is, and at both without claims", () => {
    expect(
      toValidity([claim(null, null, "2020-01-01", "DAY"), claim("2019-01-01", "DAY", "2021-01-01", "DAY")]),
    ).toEqual({
      validFrom: null,
      validTo: "2021-01-01",
    });
    expect(toValidity([])).toEqual({ validFrom: null, validTo: null });
  });

  it("ends the day before validTo (GEXF's closed intervals), never before it starts", () => {
    expect(lastValidDay({ validFrom: "2021-08-01", validTo: "2021-09-01" })).toBe("2021-08-31");
    expect(lastValidDay({ validFrom: "2024-03-01", validTo: "2024-03-01" })).toBe("2024-03-01");
    expect(lastValidDay({ validFrom: null, validTo: "2024-03-01" })).toBe("2024-02-29");
    expect(lastValidDay({ validFrom: "2024-03-01", validTo: null })).toBeNull();
  });
});
