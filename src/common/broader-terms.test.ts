import { describe, expect, it } from "vitest";

import { expandToNarrower, withNarrower } from "./broader-terms.js";

const JOBS = {
  CREATOR: null,
  SHOWRUNNER: "EXECUTIVE_PRODUCER",
  EXECUTIVE_PRODUCER: "PRODUCER",
  PRODUCER: null,
} as const;

describe("broader terms", () => {
  it("gives a value and everything narrower, however deep, in declared order", () => {
    expect(withNarrower(JOBS, "PRODUCER")).toEqual(["SHOWRUNNER", "EXECUTIVE_PRODUCER", "PRODUCER"]);
    expect(withNarrower(JOBS, "EXECUTIVE_PRODUCER")).toEqual(["SHOWRUNNER", "EXECUTIVE_PRODUCER"]);
    expect(withNarrower(JOBS, "CREATOR")).toEqual(["CREATOR"]);
  });

  it("expands a list once each, and keeps no filter as no filter", () => {
    expect(expandToNarrower(JOBS, ["PRODUCER", "SHOWRUNNER"])).toEqual([
      "SHOWRUNNER",
      "EXECUTIVE_PRODUCER",
      "PRODUCER",
    ]);
    expect(expandToNarrower(JOBS, null)).toBeNull();
    expect(expandToNarrower(JOBS, [])).toEqual([]);
  });

  it("stops on a cycle instead of looping", () => {
    const cyclic = { A: "B", B: "A", C: null } as const;
    expect(withNarrower(cyclic, "A")).toEqual(["A", "B"]);
  });
});
