import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const SEED_TITLE = "When will Hit & Run Season 2 be released? Here’s the Official News From Netflix";

describe("articles and outlets", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("finds an article by title and shows what it cites and quotes", async () => {
    const result = await server.query(`{
      article(name: "WHEN WILL HIT & RUN SEASON 2 BE RELEASED? HERE’S THE OFFICIAL NEWS FROM NETFLIX") {
        title url author language publishedOn { value } publisher { name }
        cites { nodes { title publisher { name } publishedOn { value precision } citedBy { totalCount } } }
        quotes { nodes { text saidBy { name } givenTo { name } quotedIn { nodes { start end } } } }
        claims { totalCount }
        deprecated: claims(includeDeprecated: true) { totalCount }
      }
    }`);
    expect(result).toEqual({
      data: {
        article: {
          title: SEED_TITLE,
          url: null,
          author: null,
          language: "en",
          publishedOn: null,
          publisher: null,
          cites: {
            nodes: [
              {
                title: null,
                publisher: { name: "Deadline" },
                publishedOn: { value: "2021-09", precision: "MONTH" },
                citedBy: { totalCount: 1 },
              },
            ],
          },
          quotes: {
            nodes: [
              {
                text: "They (Netflix) want it to be an international hit and not just a hit in Israel or a hit in the US,",
                saidBy: { name: "Nicole Yorkin" },
                givenTo: { name: "The Hollywood Reporter" },
                quotedIn: { nodes: [{ start: 1913, end: 2011 }] },
              },
              {
                text: "One episode of our film is equivalent to two full seasons of ‘Fauda’ (another Netflix series from the same maker) in terms of how much it costs.",
                saidBy: { name: "Nicole Yorkin" },
                givenTo: { name: "The Hollywood Reporter" },
                quotedIn: { nodes: [{ start: 2033, end: 2177 }] },
              },
            ],
          },
          // Every claim but the twelve of general knowledge; one is the deprecated "film".
          claims: { totalCount: 59 },
          deprecated: { totalCount: 60 },
        },
      },
    });
  });

  it("lists what an outlet has reported", async () => {
    const result = await server.query(`{
      newsSource(name: "Deadline") {
        name url
        articles { nodes { title publishedOn { value precision } } }
        claims { nodes { displayName predicate value } }
      }
    }`);
    expect(result).toEqual({
      data: {
        newsSource: {
          name: "Deadline",
          url: "https://deadline.com",
          articles: { nodes: [{ title: null, publishedOn: { value: "2021-09", precision: "MONTH" } }] },
          claims: {
            nodes: [
              { displayName: "claim/netflix/canceled/hit-and-run", predicate: "CANCELED", value: null },
              {
                displayName: "claim/deadline-hit-and-run-canceled/published-by/deadline",
                predicate: "PUBLISHED_BY",
                value: null,
              },
              {
                displayName: "claim/deadline-hit-and-run-canceled/published-date/2021-09",
                predicate: "publishedDate",
                value: "2021-09",
              },
              { displayName: "claim/hit-and-run/status/canceled", predicate: "status", value: "CANCELED" },
            ],
          },
        },
      },
    });
  });

  it("lists the words people said to an outlet", async () => {
    const result = await server.query(`{
      newsSource(name: "the hollywood reporter") { quotes { totalCount nodes { saidBy { name } } } claims { totalCount } }
    }`);
    expect(result).toEqual({
      data: {
        newsSource: {
          quotes: {
            totalCount: 2,
            nodes: [{ saidBy: { name: "Nicole Yorkin" } }, { saidBy: { name: "Nicole Yorkin" } }],
          },
          // Nothing THR published is stored: its interview reaches us through the fan article.
          claims: { totalCount: 0 },
        },
      },
    });
  });

  it("says which facts rest on a single independent source, page by page", async () => {
    const first = await server.query<{
      claims: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: { displayName: string }[];
      };
    }>(`{
      claims(singleSource: true, first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { displayName } }
    }`);
    expect(first.data?.claims).toMatchObject({
      totalCount: 59,
      pageInfo: { hasNextPage: true },
      nodes: [
        { displayName: "claim/covid-19/affected/hit-and-run/contributed-to-cancellation" },
        { displayName: "claim/covid-19/affected/hit-and-run/delayed-production" },
      ],
    });
    const next = await server.query(
      `query ($after: String) { claims(singleSource: true, first: 1, after: $after) { nodes { displayName } } }`,
      { after: first.data?.claims.pageInfo.endCursor },
    );
    expect(next).toEqual({
      data: {
        claims: {
          nodes: [{ displayName: "claim/hit-and-run-location-changes/affected/hit-and-run/increased-cost" }],
        },
      },
    });
    const others = await server.query(`{ claims(singleSource: false) { totalCount } }`);
    // Only the twelve general-knowledge claims: no fact of the seed has two independent sources.
    expect(others).toEqual({ data: { claims: { totalCount: 12 } } });
  });

  it("answers null for an article or an outlet nobody has", async () => {
    expect(
      await server.query(
        `{ article(name: "No such article") { title } newsSource(name: "Nobody") { name } }`,
      ),
    ).toEqual({
      data: { article: null, newsSource: null },
    });
  });
});
