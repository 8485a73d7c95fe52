import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

describe("seasons", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("gives Hit & Run its one season, premiered August 2021", async () => {
    const result = await server.query(`{
      show(name: "Hit & Run") {
        seasonCount
        seasons { id number displayName episodeCount premiere { value precision } ended { value } show { title } }
      }
    }`);
    expect(result).toEqual({
      data: {
        show: {
          seasonCount: 1,
          seasons: [
            {
              id: toGlobalId("Season", "hit-and-run/season-1"),
              number: 1,
              displayName: "Season 1",
              episodeCount: null,
              premiere: { value: "2021-08", precision: "MONTH" },
              ended: null,
              show: { title: "Hit & Run" },
            },
          ],
        },
      },
    });
  });

  it("finds a season by id, and nothing for an id of another type", async () => {
    const result = await server.query(
      `query ($season: ID!, $show: ID!) {
      season(id: $season) { number show { title } }
      notASeason: season(id: $show) { number }
    }`,
      { season: toGlobalId("Season", "hit-and-run/season-1"), show: toGlobalId("Show", "hit-and-run") },
    );
    expect(result).toEqual({
      data: { season: { number: 1, show: { title: "Hit & Run" } }, notASeason: null },
    });
  });
});
