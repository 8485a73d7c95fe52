import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const HIT_AND_RUN = [{ title: "Hit & Run" }];

describe("a person's co-stars", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("gives Lior Raz six co-stars, each sharing Hit & Run, by name, without himself", async () => {
    const result = await server.query(`{
      person(name: "Lior Raz") {
        coStars { totalCount nodes { person { name } sharedShowCount sharedShows { title } } }
      }
    }`);
    expect(result).toEqual({
      data: {
        person: {
          coStars: {
            totalCount: 6,
            nodes: [
              "Gal Toren",
              "Gregg Henry",
              "Kaelen Ohm",
              "Lior Ashkenazi",
              "Moran Rosenblatt",
              "Sanaa Lathan",
            ].map((name) => ({ person: { name }, sharedShowCount: 1, sharedShows: HIT_AND_RUN })),
          },
        },
      },
    });
  });

  it("pages backwards through co-stars", async () => {
    const result = await server.query(`{
      person(name: "Lior Raz") {
        coStars(last: 2) { nodes { person { name } } pageInfo { hasNextPage hasPreviousPage } }
      }
    }`);
    expect(result).toEqual({
      data: {
        person: {
          coStars: {
            nodes: [{ person: { name: "Moran Rosenblatt" } }, { person: { name: "Sanaa Lathan" } }],
            pageInfo: { hasNextPage: false, hasPreviousPage: true },
          },
        },
      },
    });
  });

  it("has none for someone who only worked behind the camera", async () => {
    expect(await server.query(`{ person(name: "Nicole Yorkin") { coStars { totalCount } } }`)).toEqual({
      data: { person: { coStars: { totalCount: 0 } } },
    });
  });
});
