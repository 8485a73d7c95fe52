import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const SEPTEMBER_2021 = { value: "2021-09", precision: "MONTH", earliest: "2021-09-01", latest: "2021-09-30" };

describe("networks", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("shows Hit & Run on Netflix, an original, canceled in September 2021 (month precision)", async () => {
    const result = await server.query(`{
      show(name: "Hit & Run") {
        networks { original network { name kind } show { title } }
        canceledBy { network { name } show { title } date { value precision earliest latest } }
      }
    }`);
    expect(result).toEqual({
      data: {
        show: {
          networks: [
            { original: true, network: { name: "Netflix", kind: "STREAMER" }, show: { title: "Hit & Run" } },
          ],
          canceledBy: [{ network: { name: "Netflix" }, show: { title: "Hit & Run" }, date: SEPTEMBER_2021 }],
        },
      },
    });
  });

  it("says a show nobody canceled has no cancellation", async () => {
    expect(await server.query(`{ show(name: "Fauda") { canceledBy { date { value } } } }`)).toEqual({
      data: { show: { canceledBy: [] } },
    });
  });

  it("lists what Netflix carries and what it canceled", async () => {
    const result = await server.query(`{
      network(name: "netflix") {
        name kind
        shows { totalCount nodes { original show { title } } }
        canceledShows { totalCount nodes { show { title } date { value precision } } }
      }
    }`);
    expect(result).toEqual({
      data: {
        network: {
          name: "Netflix",
          kind: "STREAMER",
          shows: {
            totalCount: 2,
            nodes: [
              { original: true, show: { title: "Fauda" } },
              { original: true, show: { title: "Hit & Run" } },
            ],
          },
          canceledShows: {
            totalCount: 1,
            nodes: [{ show: { title: "Hit & Run" }, date: { value: "2021-09", precision: "MONTH" } }],
          },
        },
      },
    });
  });

  it("pages through a network's shows with cursors", async () => {
    const query = `query ($after: String) {
      network(name: "Netflix") {
        shows(first: 1, after: $after) { nodes { show { title } } pageInfo { hasNextPage endCursor } }
      }
    }`;
    type Page = {
      network: { shows: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    };
    const first = await server.query<Page>(query);
    expect(first.data?.network.shows.nodes).toEqual([{ show: { title: "Fauda" } }]);
    expect(first.data?.network.shows.pageInfo.hasNextPage).toBe(true);
    const second = await server.query<Page>(query, { after: first.data?.network.shows.pageInfo.endCursor });
    expect(second.data?.network.shows.nodes).toEqual([{ show: { title: "Hit & Run" } }]);
    expect(second.data?.network.shows.pageInfo.hasNextPage).toBe(false);
  });
});
