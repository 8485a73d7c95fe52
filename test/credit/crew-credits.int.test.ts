import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

describe("crew credits and a person's credits", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("lists Hit & Run's crew: Nicole Yorkin, showrunner", async () => {
    const result = await server.query(`{
      show(name: "Hit & Run") {
        crew { totalCount nodes { kind job person { name } show { title } } }
        showrunners: crew(job: SHOWRUNNER) { totalCount nodes { person { name } } }
        directors: crew(job: DIRECTOR) { totalCount nodes { person { name } } }
      }
    }`);
    expect(result).toEqual({
      data: {
        show: {
          crew: {
            totalCount: 1,
            nodes: [
              {
                kind: "CREW",
                job: "SHOWRUNNER",
                person: { name: "Nicole Yorkin" },
                show: { title: "Hit & Run" },
              },
            ],
          },
          showrunners: { totalCount: 1, nodes: [{ person: { name: "Nicole Yorkin" } }] },
          directors: { totalCount: 0, nodes: [] },
        },
      },
    });
  });

  it("finds Nicole Yorkin's jobs from her side", async () => {
    const result = await server.query(`{
      person(name: "nicole yorkin") {
        crewCredits { totalCount nodes { job show { title } } }
        asWriter: crewCredits(job: WRITER) { totalCount }
        castCredits { totalCount }
      }
    }`);
    expect(result).toEqual({
      data: {
        person: {
          crewCredits: { totalCount: 1, nodes: [{ job: "SHOWRUNNER", show: { title: "Hit & Run" } }] },
          asWriter: { totalCount: 0 },
          castCredits: { totalCount: 0 },
        },
      },
    });
  });

  it("gives roles and jobs as one list of Credit, or one kind of them", async () => {
    const query = `query ($name: String!, $kind: CreditKind) {
      person(name: $name) {
        credits(kind: $kind) {
          totalCount
          nodes {
            __typename kind show { title }
            ... on CastCredit { character { name } billingOrder }
            ... on CrewCredit { job }
          }
        }
      }
    }`;
    expect(await server.query(query, { name: "Lior Raz" })).toEqual({
      data: {
        person: {
          credits: {
            totalCount: 1,
            nodes: [
              {
                __typename: "CastCredit",
                kind: "CAST",
                show: { title: "Hit & Run" },
                character: { name: "Segev Azulai" },
                billingOrder: 1,
              },
            ],
          },
        },
      },
    });
    expect(await server.query(query, { name: "Nicole Yorkin" })).toEqual({
      data: {
        person: {
          credits: {
            totalCount: 1,
            nodes: [
              { __typename: "CrewCredit", kind: "CREW", show: { title: "Hit & Run" }, job: "SHOWRUNNER" },
            ],
          },
        },
      },
    });
    expect(await server.query(query, { name: "Lior Raz", kind: "CREW" })).toEqual({
      data: { person: { credits: { totalCount: 0, nodes: [] } } },
    });
    expect(await server.query(query, { name: "Nicole Yorkin", kind: "CREW" })).toMatchObject({
      data: { person: { credits: { totalCount: 1 } } },
    });
  });
});
