import { describe, expect, it } from "vitest";

import { buildTimeline } from "./build-timeline.js";

function report(id: string, publishedDate: string | null, publishedDatePrecision: string | null) {
  return {
    article: { id, title: id, publishedDate, publishedDatePrecision },
    outlet: "Outlet",
    evidence: [],
  };
}

describe("buildTimeline", () => {
  it("puts a month before the days within it, after the days before it, and undated events apart", () => {
    const timeline = buildTimeline({
      title: "Show",
      claims: [],
      quotes: [],
      reports: [
        report("mid-september", "2021-09-15", "DAY"),
        report("undated", null, null),
        report("september", "2021-09-01", "MONTH"),
        report("end-of-august", "2021-08-31", "DAY"),
        report("2021", "2021-01-01", "YEAR"),
      ],
    });
    expect(timeline.events.map((event) => [event.article?.key, event.date?.value])).toEqual([
      ["2021", "2021"],
      ["end-of-august", "2021-08-31"],
      ["september", "2021-09"],
      ["mid-september", "2021-09-15"],
    ]);
    expect(timeline.undated.map((event) => event.article?.key)).toEqual(["undated"]);
  });
});
