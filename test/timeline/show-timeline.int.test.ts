import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const TIMELINE = `query Timeline($knownOn: LocalDate) {
  show(name: "Hit & Run") {
    timeline(knownOn: $knownOn) {
      events { kind date { value precision } description evidence { displayName } }
      undated { kind description quotes { text } evidence { displayName } }
    }
  }
}`;

const PREMIERE = {
  kind: "PREMIERE",
  date: { value: "2021-08", precision: "MONTH" },
  description: "Hit & Run premiered",
  evidence: [{ displayName: "claim/hit-and-run/premiere-date/2021-08" }],
};
const CANCELED = {
  kind: "CANCELED",
  date: { value: "2021-09", precision: "MONTH" },
  description: "Netflix canceled Hit & Run",
  evidence: [{ displayName: "claim/netflix/canceled/hit-and-run" }],
};
const DEADLINE_REPORT = {
  kind: "REPORTED",
  date: { value: "2021-09", precision: "MONTH" },
  description: "Deadline published a report, known only through the articles that cite it",
  evidence: [
    { displayName: "claim/deadline-hit-and-run-canceled/language/en" },
    { displayName: "claim/deadline-hit-and-run-canceled/published-by/deadline" },
    { displayName: "claim/deadline-hit-and-run-canceled/published-date/2021-09" },
  ],
};

describe("a show's timeline", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("orders the events by date, keeps each date's precision and keeps undated events apart", async () => {
    const before = server.statements.length;
    expect(await server.query(TIMELINE)).toEqual({
      data: {
        show: {
          timeline: {
            events: [PREMIERE, CANCELED, DEADLINE_REPORT],
            undated: [
              {
                kind: "PRODUCTION_DELAYED",
                description: "Production of Hit & Run was delayed by the COVID-19 pandemic",
                quotes: [],
                evidence: [{ displayName: "claim/covid-19/affected/hit-and-run/delayed-production" }],
              },
              {
                kind: "REPORTED",
                description: `An article of unknown outlet published “When will Hit & Run Season 2 be released? Here’s the Official News From Netflix”`,
                quotes: [],
                evidence: [],
              },
              {
                kind: "INTERVIEW",
                description: "Nicole Yorkin spoke about Hit & Run to The Hollywood Reporter",
                quotes: [
                  {
                    text: "One episode of our film is equivalent to two full seasons of ‘Fauda’ (another Netflix series from the same maker) in terms of how much it costs.",
                  },
                  {
                    text: "They (Netflix) want it to be an international hit and not just a hit in Israel or a hit in the US,",
                  },
                ],
                evidence: [
                  { displayName: "claim/nicole-yorkin-thr-episode-cost/given-to/the-hollywood-reporter" },
                  { displayName: "claim/nicole-yorkin-thr-episode-cost/said-by/nicole-yorkin" },
                  {
                    displayName: "claim/nicole-yorkin-thr-international-hit/given-to/the-hollywood-reporter",
                  },
                  { displayName: "claim/nicole-yorkin-thr-international-hit/said-by/nicole-yorkin" },
                ],
              },
            ],
          },
        },
      },
    });
    // The show, then its whole timeline.
    expect(server.statements.length - before).toBe(2);
  });

  it("shows only what was known on 2021-08-31: the premiere", async () => {
    expect(await server.query(TIMELINE, { knownOn: "2021-08-31" })).toEqual({
      data: { show: { timeline: { events: [PREMIERE], undated: [] } } },
    });
  });

  it("shows the cancellation and Deadline's report as known on 2021-10-01", async () => {
    expect(await server.query(TIMELINE, { knownOn: "2021-10-01" })).toEqual({
      data: { show: { timeline: { events: [PREMIERE, CANCELED, DEADLINE_REPORT], undated: [] } } },
    });
  });

  it("never turns a month into a day", async () => {
    const result = await server.query<{ show: { timeline: { events: { date: { value: string } }[] } } }>(
      TIMELINE,
    );
    expect(result.data?.show.timeline.events.map((event) => event.date.value)).toEqual([
      "2021-08",
      "2021-09",
      "2021-09",
    ]);
  });
});
