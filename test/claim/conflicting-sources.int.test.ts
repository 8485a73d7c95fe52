import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const FIXTURE_TEXT = "Hit & Run premiered on Netflix in July 2021.";
const FIXTURE_QUOTE = "premiered on Netflix in July 2021";

/**
 * A second outlet that disagrees with the seed article on the premiere (July, not August 2021),
 * and an article dated only to a year, for the precision round trip.
 */
const FIXTURE_STATEMENTS = [
  `MERGE (o:NewsSource {id: 'fixture-gazette'}) SET o += {name: 'Fixture Gazette', nameKey: 'fixture gazette', url: 'https://gazette.example', kind: 'NEWSPAPER'}`,
  `MATCH (o:NewsSource {id: 'fixture-gazette'})
   MERGE (a:Article {id: 'fixture-gazette-premiere'})
   SET a += {title: 'Hit & Run premieres', nameKey: 'hit & run premieres', url: 'https://gazette.example/hit-and-run', language: 'en', text: $text, publishedDate: date('2021-12-14'), publishedDatePrecision: 'DAY'}
   MERGE (a)-[:PUBLISHED_BY]->(o)`,
  `MATCH (o:NewsSource {id: 'fixture-gazette'})
   MERGE (a:Article {id: 'fixture-gazette-yearbook'})
   SET a += {title: 'The year in television', nameKey: 'the year in television', language: 'en', publishedDate: date('2022-01-01'), publishedDatePrecision: 'YEAR'}
   MERGE (a)-[:PUBLISHED_BY]->(o)`,
  `MATCH (a:Article {id: 'fixture-gazette-premiere'}), (s:Show {id: 'hit-and-run'})
   MERGE (c:Claim {id: 'fixture-claim/hit-and-run/premiere-date/2021-07'})
   SET c += {predicate: 'premiereDate', value: '2021-07', rank: 'NORMAL', confidence: 0.3,
             knownFrom: date('2021-12-14'), knownFromPrecision: 'DAY', knownFromBasis: 'SUPPORTING_ARTICLE',
             confidenceNote: 'One newspaper, contradicted by the preferred claim.'}
   MERGE (c)-[:SUBJECT]->(s)
   MERGE (c)-[sb:SUPPORTED_BY {start: $start}]->(a)
   SET sb.quote = $quote, sb.end = $end`,
];

const SEED_PREMIERE = {
  value: "2021-08",
  rank: "PREFERRED",
  confidence: 0.6,
  sources: [
    {
      quote: "when it first came out in August 2021",
      outlet: null,
      url: null,
      publishedOn: null,
      quoteMatchesText: true,
    },
  ],
};

const FIXTURE_PREMIERE = {
  value: "2021-07",
  rank: "NORMAL",
  confidence: 0.3,
  sources: [
    {
      quote: FIXTURE_QUOTE,
      outlet: { name: "Fixture Gazette" },
      url: "https://gazette.example/hit-and-run",
      publishedOn: { value: "2021-12-14", precision: "DAY" },
      quoteMatchesText: true,
    },
  ],
};

const CLAIM_FIELDS =
  "value rank confidence sources { quote outlet { name } url publishedOn { value precision } quoteMatchesText }";

describe("two sources that disagree on the premiere", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
    const start = FIXTURE_TEXT.indexOf(FIXTURE_QUOTE);
    await server.executor.writeAll(
      FIXTURE_STATEMENTS.map((cypher) => ({
        cypher,
        parameters: { text: FIXTURE_TEXT, quote: FIXTURE_QUOTE, start, end: start + FIXTURE_QUOTE.length },
      })),
      { operation: "test fixtures" },
    );
  });
  afterAll(async () => {
    await server.executor.write(
      { cypher: "MATCH (n) WHERE n.id STARTS WITH 'fixture-' DETACH DELETE n" },
      { operation: "test fixtures" },
    );
    await server.close();
  });

  it("keeps both claims, and ordinary fields show the preferred one", async () => {
    expect(
      await server.query(`{
        show(name: "Hit & Run") {
          premiere { value precision }
          evidence(predicate: "premiereDate") { ${CLAIM_FIELDS} }
        }
      }`),
    ).toEqual({
      data: {
        show: {
          premiere: { value: "2021-08", precision: "MONTH" },
          evidence: [SEED_PREMIERE, FIXTURE_PREMIERE],
        },
      },
    });
  });

  it("lets the preferred claim win the fact, and says the sources disagree", async () => {
    expect(
      await server.query(`{
        show(name: "Hit & Run") {
          facts(predicates: ["premiereDate"]) { value contested preferred { value } alternatives { value rank } }
        }
      }`),
    ).toEqual({
      data: {
        show: {
          facts: [
            {
              value: "2021-08",
              contested: true,
              preferred: { value: "2021-08" },
              alternatives: [{ value: "2021-07", rank: "NORMAL" }],
            },
          ],
        },
      },
    });
  });

  it("shows the disagreement only from the day the second source was published", async () => {
    const query = `query PremiereKnown($knownOn: LocalDate!) {
      show(name: "Hit & Run") { facts(predicates: ["premiereDate"], knownOn: $knownOn) { value contested } }
    }`;
    expect(await server.query(query, { knownOn: "2021-12-13" })).toEqual({
      data: { show: { facts: [{ value: "2021-08", contested: false }] } },
    });
    expect(await server.query(query, { knownOn: "2021-12-14" })).toEqual({
      data: { show: { facts: [{ value: "2021-08", contested: true }] } },
    });
  });

  it("finds the second source's claim by source, and counts the outlet as one independent source", async () => {
    const result = await server.query(
      `query BySource($article: ID!, $outlet: ID!) {
        byArticle: claims(source: $article) { nodes { value confidenceDerivation { basis supportingArticleCount independentSourceCount note } } }
        newsSource(id: $outlet) { kind articles { nodes { title } } claims { nodes { value } } }
      }`,
      {
        article: toGlobalId("Article", "fixture-gazette-premiere"),
        outlet: toGlobalId("NewsSource", "fixture-gazette"),
      },
    );
    expect(result).toEqual({
      data: {
        byArticle: {
          nodes: [
            {
              value: "2021-07",
              confidenceDerivation: {
                basis: "DIRECT",
                supportingArticleCount: 1,
                independentSourceCount: 1,
                note: "One newspaper, contradicted by the preferred claim.",
              },
            },
          ],
        },
        newsSource: {
          kind: "NEWSPAPER",
          // Newest first: a year (2022) after a day of 2021.
          articles: { nodes: [{ title: "The year in television" }, { title: "Hit & Run premieres" }] },
          claims: { nodes: [{ value: "2021-07" }] },
        },
      },
    });
  });

  it("round-trips every date precision: a day, a month and a year stay what they are", async () => {
    const result = await server.query(
      `query Precision($day: ID!, $year: ID!) {
        day: article(id: $day) { publishedOn { value precision earliest latest } }
        year: article(id: $year) { publishedOn { value precision earliest latest } }
        month: newsSource(name: "Deadline") { articles { nodes { publishedOn { value precision earliest latest } } } }
      }`,
      {
        day: toGlobalId("Article", "fixture-gazette-premiere"),
        year: toGlobalId("Article", "fixture-gazette-yearbook"),
      },
    );
    expect(result).toEqual({
      data: {
        day: {
          publishedOn: {
            value: "2021-12-14",
            precision: "DAY",
            earliest: "2021-12-14",
            latest: "2021-12-14",
          },
        },
        year: {
          publishedOn: { value: "2022", precision: "YEAR", earliest: "2022-01-01", latest: "2022-12-31" },
        },
        month: {
          articles: {
            nodes: [
              {
                publishedOn: {
                  value: "2021-09",
                  precision: "MONTH",
                  earliest: "2021-09-01",
                  latest: "2021-09-30",
                },
              },
            ],
          },
        },
      },
    });
  });
});
