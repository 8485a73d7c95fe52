import { describe, expect, it } from "vitest";

import { findDates } from "../../src/extract/find-dates.js";

describe("dates found in an article", () => {
  it("drafts partial dates as facts files write them, and no day the calendar lacks", () => {
    const text =
      "It premiered on February 30, 2021. It came out in August 2021. It was renewed on 2021-02-29.";
    expect(findDates(text).map((mention) => [mention.event, mention.value])).toEqual([
      ["premiered", "2021-08"],
    ]);
  });
});
