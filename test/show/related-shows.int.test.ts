import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const FAUDA_SAME_CREATOR = {
  show: { title: "Fauda" },
  reasons: ["SAME_CREATOR"],
  descriptions: ["Fauda is another Netflix series from the same maker."],
  sharedPeople: [],
  sharedPeopleCount: 0,
};

const RELATED = `query ($title: String!) {
  show(name: $title) {
    relatedShows { totalCount nodes { show { title } reasons descriptions sharedPeople { name } sharedPeopleCount } }
  }
}`;

describe("related shows on the seed graph", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("relates Hit & Run to Fauda: same creator", async () => {
    expect(await server.query(RELATED, { title: "Hit & Run" })).toEqual({
      data: { show: { relatedShows: { totalCount: 1, nodes: [FAUDA_SAME_CREATOR] } } },
    });
  });

  it("reads the stored-once relation from Fauda's side too", async () => {
    expect(await server.query(RELATED, { title: "Fauda" })).toEqual({
      data: {
        show: {
          relatedShows: {
            totalCount: 1,
            nodes: [{ ...FAUDA_SAME_CREATOR, show: { title: "Hit & Run" } }],
          },
        },
      },
    });
  });
});

// A second show sharing two actors (Lior Raz, Sanaa Lathan), a crew member (Nicole Yorkin) and
// an actor who is on its crew (Lior Ashkenazi) with Hit & Run.
const FIXTURE = `
MERGE (show:Show {id: 'fixture-api-model-show'}) SET show += {title: 'Fixture Show', nameKey: 'fixture show'}
WITH show
MATCH (raz:Person {id: 'lior-raz'}), (lathan:Person {id: 'sanaa-lathan'}),
      (yorkin:Person {id: 'nicole-yorkin'}), (ashkenazi:Person {id: 'lior-ashkenazi'})
MERGE (one:Character {id: 'fixture-api-model-show/one'}) SET one += {name: 'One', nameKey: 'one'}
MERGE (two:Character {id: 'fixture-api-model-show/two'}) SET two += {name: 'Two', nameKey: 'two'}
MERGE (one)-[:CHARACTER_IN]->(show)
MERGE (two)-[:CHARACTER_IN]->(show)
MERGE (raz)-[:PLAYS {billingOrder: 1}]->(one)
MERGE (lathan)-[:PLAYS {billingOrder: 2}]->(two)
MERGE (yorkin)-[:WORKED_ON {job: 'WRITER'}]->(show)
MERGE (ashkenazi)-[:WORKED_ON {job: 'DIRECTOR'}]->(show)`;

describe("related shows and co-stars through shared people", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    await server.executor.write({ cypher: FIXTURE }, { operation: "fixture" });
  });
  afterAll(async () => {
    await server.executor.write(
      {
        cypher: `MATCH (n:Show|Character) WHERE n.id STARTS WITH 'fixture-api-model-' DETACH DELETE n`,
      },
      { operation: "fixture cleanup" },
    );
    await server.close();
  });

  it("puts stated relations first, then shows sharing people, with who is shared and how", async () => {
    expect(await server.query(RELATED, { title: "Hit & Run" })).toEqual({
      data: {
        show: {
          relatedShows: {
            totalCount: 2,
            nodes: [
              FAUDA_SAME_CREATOR,
              {
                show: { title: "Fixture Show" },
                reasons: ["SHARED_CAST", "SHARED_CREW"],
                descriptions: [],
                sharedPeople: [
                  { name: "Lior Ashkenazi" },
                  { name: "Lior Raz" },
                  { name: "Nicole Yorkin" },
                  { name: "Sanaa Lathan" },
                ],
                sharedPeopleCount: 4,
              },
            ],
          },
        },
      },
    });
  });

  it("pages through related shows", async () => {
    const query = `query ($after: String) {
      show(name: "Hit & Run") {
        relatedShows(first: 1, after: $after) { nodes { show { title } } pageInfo { hasNextPage endCursor } }
      }
    }`;
    type Page = {
      show: { relatedShows: { nodes: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    };
    const first = await server.query<Page>(query);
    expect(first.data?.show.relatedShows).toMatchObject({
      nodes: [{ show: { title: "Fauda" } }],
      pageInfo: { hasNextPage: true },
    });
    const second = await server.query<Page>(query, {
      after: first.data?.show.relatedShows.pageInfo.endCursor,
    });
    expect(second.data?.show.relatedShows).toMatchObject({
      nodes: [{ show: { title: "Fixture Show" } }],
      pageInfo: { hasNextPage: false },
    });
  });

  it("ranks co-stars by shared shows: Sanaa Lathan shares two with Lior Raz", async () => {
    const result = await server.query(`{
      person(name: "Lior Raz") { coStars(first: 2) { totalCount nodes { person { name } sharedShowCount sharedShows { title } } } }
    }`);
    expect(result).toEqual({
      data: {
        person: {
          coStars: {
            totalCount: 6,
            nodes: [
              {
                person: { name: "Sanaa Lathan" },
                sharedShowCount: 2,
                sharedShows: [{ title: "Fixture Show" }, { title: "Hit & Run" }],
              },
              { person: { name: "Gal Toren" }, sharedShowCount: 1, sharedShows: [{ title: "Hit & Run" }] },
            ],
          },
        },
      },
    });
  });

  it("lists a person's roles and jobs together", async () => {
    const result = await server.query(`{
      person(name: "Lior Ashkenazi") {
        credits { nodes { __typename show { title } ... on CrewCredit { job } ... on CastCredit { character { name } } } }
      }
    }`);
    // Newest show first; the fixture show has no premiere date, so it comes last.
    expect(result).toEqual({
      data: {
        person: {
          credits: {
            nodes: [
              { __typename: "CastCredit", show: { title: "Hit & Run" }, character: { name: "Assaf Talmor" } },
              { __typename: "CrewCredit", show: { title: "Fixture Show" }, job: "DIRECTOR" },
            ],
          },
        },
      },
    });
  });
});
