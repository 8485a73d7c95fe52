import { readFileSync } from "node:fs";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import { ingestFactsFile } from "../../src/ingest/ingest-facts.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";
import { SEED_GENERAL_KNOWLEDGE_CLAIMS } from "../support/seed-claims.js";

const SEED_FILE = join(projectRoot, "cypher", "seed", "0001-hit-and-run-season-2.facts.yaml");
const ARTICLE_TEXT = readFileSync("/work/shared/seed/hit-and-run-season-2.txt", "utf8");

/**
 * The seed graph loaded by the test run's global setup from the facts file. While converting the
 * former Cypher seeds (0001, then 0002's provenance), the graphs before and after were dumped as
 * sorted JSON (labels, properties with their Neo4j types, relationships) and were identical; these
 * are that graph's numbers, ids, quotes and provenance.
 */
const NODES_PER_LABEL = {
  Article: 2,
  Character: 7,
  Claim: 72,
  Location: 4,
  Network: 1,
  NewsSource: 2,
  Person: 8,
  ProductionFactor: 3,
  Quote: 2,
  Season: 1,
  Show: 2,
};

const RELATIONSHIPS_PER_TYPE = {
  ABOUT: 4,
  AFFECTED: 4,
  CANCELED: 1,
  CARRIES: 2,
  CHARACTER_IN: 7,
  CITES: 1,
  COMPARED_WITH: 1,
  EX_PARTNER_OF: 1,
  FILMED_IN: 2,
  GIVEN_TO: 2,
  INVOLVES: 2,
  OBJECT: 40,
  ORIGINALLY_REPORTED_BY: 4,
  PLAYS: 7,
  PUBLISHED_BY: 1,
  QUOTED_IN: 2,
  RELATED_TO: 1,
  SAID_BY: 2,
  SEASON_OF: 1,
  SET_IN: 2,
  SPOUSE_OF: 1,
  SUBJECT: 72,
  SUPPORTED_BY: 87,
  WITHIN: 2,
  WORKED_ON: 1,
};

/** Every SUPPORTED_BY: claim id, start, end, quote. */
const SUPPORTS: Array<[string, number, number, string]> = [
  [
    "claim/covid-19/affected/hit-and-run/contributed-to-cancellation",
    1432,
    1471,
    "The COVID-19 pandemic is the main cause",
  ],
  [
    "claim/covid-19/affected/hit-and-run/delayed-production",
    1473,
    1560,
    "Due to the pandemic, the show’s production took an inordinately long time to even begin",
  ],
  ["claim/covid-19/description", 1432, 1453, "The COVID-19 pandemic"],
  ["claim/covid-19/kind/pandemic", 1432, 1453, "The COVID-19 pandemic"],
  ["claim/deadline-hit-and-run-canceled/published-by/deadline", 1043, 1068, "Website Deadline reported"],
  ["claim/deadline-hit-and-run-canceled/published-date/2021-09", 1060, 1086, "reported in September 2021"],
  ["claim/fauda/kind/series", 2103, 2125, "another Netflix series"],
  ["claim/gal-toren/plays/hit-and-run/ron-harel", 2457, 2479, "Gal Toren as Ron Harel"],
  ["claim/gregg-henry/plays/hit-and-run/martin-wexler", 2419, 2447, "Gregg Henry as Martin Wexler"],
  [
    "claim/hit-and-run-location-changes/affected/hit-and-run/increased-cost",
    1566,
    1671,
    "because of the constantly changing locations between New York and Israel, production costs are ballooning",
  ],
  [
    "claim/hit-and-run-location-changes/description",
    1577,
    1638,
    "the constantly changing locations between New York and Israel",
  ],
  [
    "claim/hit-and-run-location-changes/involves/israel",
    1592,
    1638,
    "changing locations between New York and Israel",
  ],
  [
    "claim/hit-and-run-location-changes/involves/new-york",
    1592,
    1638,
    "changing locations between New York and Israel",
  ],
  [
    "claim/hit-and-run-location-changes/kind/location-logistics",
    1577,
    1638,
    "the constantly changing locations between New York and Israel",
  ],
  [
    "claim/hit-and-run-production-cost/affected/hit-and-run/contributed-to-cancellation",
    1676,
    1735,
    "Netflix may not see the series as worth its hefty price tag",
  ],
  [
    "claim/hit-and-run-production-cost/affected/hit-and-run/contributed-to-cancellation",
    1738,
    1794,
    "Even Hit & Run was expensive to make before the pandemic",
  ],
  [
    "claim/hit-and-run-production-cost/compared-with/fauda",
    2033,
    2101,
    "One episode of our film is equivalent to two full seasons of ‘Fauda’",
  ],
  ["claim/hit-and-run-production-cost/description", 1640, 1671, "production costs are ballooning"],
  [
    "claim/hit-and-run-production-cost/description",
    1676,
    1735,
    "Netflix may not see the series as worth its hefty price tag",
  ],
  [
    "claim/hit-and-run-production-cost/description",
    1738,
    1794,
    "Even Hit & Run was expensive to make before the pandemic",
  ],
  [
    "claim/hit-and-run-production-cost/description",
    2033,
    2101,
    "One episode of our film is equivalent to two full seasons of ‘Fauda’",
  ],
  ["claim/hit-and-run-production-cost/kind/budget", 1640, 1671, "production costs are ballooning"],
  ["claim/hit-and-run/assaf-talmor/character-in", 2211, 2239, "The Hit & Run cast includes:"],
  ["claim/hit-and-run/assaf-talmor/character-in", 2274, 2304, "Lior Ashkenazi as Assaf Talmor"],
  ["claim/hit-and-run/danielle-wexler-azulai/character-in", 2211, 2239, "The Hit & Run cast includes:"],
  [
    "claim/hit-and-run/danielle-wexler-azulai/character-in",
    2341,
    2377,
    "Kaelen Ohm as Danielle Wexler Azulai",
  ],
  [
    "claim/hit-and-run/danielle-wexler-azulai/description",
    509,
    576,
    "his wife is killed in a mysterious hit-and-run accident in Tel Aviv",
  ],
  [
    "claim/hit-and-run/danielle-wexler-azulai/description",
    773,
    812,
    "the secrets she’s been keeping from him",
  ],
  [
    "claim/hit-and-run/danielle-wexler-azulai/description",
    2341,
    2377,
    "Kaelen Ohm as Danielle Wexler Azulai",
  ],
  ["claim/hit-and-run/ending", 828, 870, "season 1 has concluded with a great ending"],
  ["claim/hit-and-run/ending", 1234, 1277, "the ending of the film is tense and hanging"],
  [
    "claim/hit-and-run/ending",
    1279,
    1363,
    "Fans won’t get any sort of closure from the series if there isn’t a follow-up season",
  ],
  [
    "claim/hit-and-run/filmed-in/israel",
    1577,
    1638,
    "the constantly changing locations between New York and Israel",
  ],
  [
    "claim/hit-and-run/filmed-in/new-york",
    1577,
    1638,
    "the constantly changing locations between New York and Israel",
  ],
  ["claim/hit-and-run/kind/film", 1234, 1277, "the ending of the film is tense and hanging"],
  ["claim/hit-and-run/kind/film", 1829, 1862, "the production costs of this film"],
  ["claim/hit-and-run/kind/series", 167, 204, "The series dominates the top 10 lists"],
  ["claim/hit-and-run/kind/series", 904, 936, "this hit Israeli-American series"],
  ["claim/hit-and-run/martin-wexler/character-in", 2211, 2239, "The Hit & Run cast includes:"],
  ["claim/hit-and-run/martin-wexler/character-in", 2419, 2447, "Gregg Henry as Martin Wexler"],
  ["claim/hit-and-run/naomi-hicks/character-in", 2211, 2239, "The Hit & Run cast includes:"],
  ["claim/hit-and-run/naomi-hicks/character-in", 2309, 2336, "Sanaa Lathan as Naomi Hicks"],
  [
    "claim/hit-and-run/naomi-hicks/description",
    667,
    768,
    "With the help of his ex-girlfriend, Naomi Hicks, he uncovers disturbing truths about his beloved wife",
  ],
  ["claim/hit-and-run/origin-countries/il-us", 904, 936, "this hit Israeli-American series"],
  ["claim/hit-and-run/premiere-date/2021-08", 128, 165, "when it first came out in August 2021"],
  ["claim/hit-and-run/reception", 82, 113, "Hit & Run became an instant hit"],
  [
    "claim/hit-and-run/reception",
    167,
    273,
    "The series dominates the top 10 lists in many countries around the world and is a favorite series for many",
  ],
  [
    "claim/hit-and-run/related-to/fauda/same-creator",
    2103,
    2145,
    "another Netflix series from the same maker",
  ],
  ["claim/hit-and-run/ron-harel/character-in", 2211, 2239, "The Hit & Run cast includes:"],
  ["claim/hit-and-run/ron-harel/character-in", 2457, 2479, "Gal Toren as Ron Harel"],
  ["claim/hit-and-run/season-1/premiere-date/2021-08", 128, 165, "when it first came out in August 2021"],
  ["claim/hit-and-run/season-1/season-of", 828, 870, "season 1 has concluded with a great ending"],
  ["claim/hit-and-run/season-count/1", 828, 850, "season 1 has concluded"],
  ["claim/hit-and-run/season-count/1", 1135, 1172, "would not be continuing in the future"],
  ["claim/hit-and-run/segev-azulai/character-in", 2211, 2239, "The Hit & Run cast includes:"],
  ["claim/hit-and-run/segev-azulai/character-in", 2245, 2269, "Lior Raz as Segev Azulai"],
  ["claim/hit-and-run/segev-azulai/description", 427, 469, "a happily married man, namely Segev Azulai"],
  [
    "claim/hit-and-run/segev-azulai/description",
    578,
    664,
    "Grief-stricken and confused, he searches for his wife’s killer, who has fled to the US",
  ],
  ["claim/hit-and-run/segev-azulai/ex-partner-of/naomi-hicks", 684, 714, "his ex-girlfriend, Naomi Hicks"],
  [
    "claim/hit-and-run/segev-azulai/spouse-of/danielle-wexler-azulai",
    427,
    469,
    "a happily married man, namely Segev Azulai",
  ],
  [
    "claim/hit-and-run/segev-azulai/spouse-of/danielle-wexler-azulai",
    2341,
    2377,
    "Kaelen Ohm as Danielle Wexler Azulai",
  ],
  ["claim/hit-and-run/set-in/tel-aviv", 521, 576, "killed in a mysterious hit-and-run accident in Tel Aviv"],
  ["claim/hit-and-run/set-in/united-states", 642, 664, "who has fled to the US"],
  [
    "claim/hit-and-run/status/canceled",
    1092,
    1172,
    "Hit & Run had been canceled by Netflix and would not be continuing in the future",
  ],
  ["claim/hit-and-run/status/running", 128, 165, "when it first came out in August 2021"],
  ["claim/hit-and-run/status/running", 1092, 1130, "Hit & Run had been canceled by Netflix"],
  [
    "claim/hit-and-run/synopsis",
    427,
    576,
    "a happily married man, namely Segev Azulai, whose life is turned upside down when his wife is killed in a mysterious hit-and-run accident in Tel Aviv",
  ],
  [
    "claim/hit-and-run/synopsis",
    578,
    664,
    "Grief-stricken and confused, he searches for his wife’s killer, who has fled to the US",
  ],
  [
    "claim/hit-and-run/synopsis",
    667,
    812,
    "With the help of his ex-girlfriend, Naomi Hicks, he uncovers disturbing truths about his beloved wife and the secrets she’s been keeping from him",
  ],
  ["claim/hit-and-run/tali-shapira/character-in", 2211, 2239, "The Hit & Run cast includes:"],
  ["claim/hit-and-run/tali-shapira/character-in", 2382, 2414, "Moran Rosenblatt as Tali Shapira"],
  [
    "claim/kaelen-ohm/plays/hit-and-run/danielle-wexler-azulai",
    2341,
    2377,
    "Kaelen Ohm as Danielle Wexler Azulai",
  ],
  ["claim/lior-ashkenazi/plays/hit-and-run/assaf-talmor", 2274, 2304, "Lior Ashkenazi as Assaf Talmor"],
  ["claim/lior-raz/plays/hit-and-run/segev-azulai", 2245, 2269, "Lior Raz as Segev Azulai"],
  ["claim/moran-rosenblatt/plays/hit-and-run/tali-shapira", 2382, 2414, "Moran Rosenblatt as Tali Shapira"],
  [
    "claim/netflix/canceled/hit-and-run",
    1043,
    1130,
    "Website Deadline reported in September 2021 that Hit & Run had been canceled by Netflix",
  ],
  ["claim/netflix/carries/fauda", 2094, 2146, "‘Fauda’ (another Netflix series from the same maker)"],
  ["claim/netflix/carries/hit-and-run", 128, 165, "when it first came out in August 2021"],
  ["claim/netflix/carries/hit-and-run", 1092, 1130, "Hit & Run had been canceled by Netflix"],
  ["claim/netflix/carries/hit-and-run", 2103, 2145, "another Netflix series from the same maker"],
  [
    "claim/nicole-yorkin-thr-episode-cost/given-to/the-hollywood-reporter",
    1863,
    1910,
    "during an interview with The Hollywood Reporter",
  ],
  ["claim/nicole-yorkin-thr-episode-cost/said-by/nicole-yorkin", 2013, 2030, "say Nicole Yorkin"],
  [
    "claim/nicole-yorkin-thr-international-hit/given-to/the-hollywood-reporter",
    1863,
    1910,
    "during an interview with The Hollywood Reporter",
  ],
  ["claim/nicole-yorkin-thr-international-hit/said-by/nicole-yorkin", 2013, 2030, "say Nicole Yorkin"],
  [
    "claim/nicole-yorkin/worked-on/hit-and-run/showrunner",
    1796,
    1849,
    "para showrunner has spoken about the production costs",
  ],
  ["claim/nicole-yorkin/worked-on/hit-and-run/showrunner", 2013, 2030, "say Nicole Yorkin"],
  ["claim/sanaa-lathan/plays/hit-and-run/naomi-hicks", 2309, 2336, "Sanaa Lathan as Naomi Hicks"],
];

/** Claims that rest on Deadline's report, which the fan article relays. */
const REPORTED_BY_DEADLINE = [
  "claim/deadline-hit-and-run-canceled/published-by/deadline",
  "claim/deadline-hit-and-run-canceled/published-date/2021-09",
  "claim/hit-and-run/status/canceled",
  "claim/netflix/canceled/hit-and-run",
];

/** What the premiere made public when it happened. */
const PUBLIC_EVENTS = [
  "claim/hit-and-run/premiere-date/2021-08",
  "claim/hit-and-run/season-1/premiere-date/2021-08",
  "claim/hit-and-run/status/running",
  "claim/netflix/carries/hit-and-run",
];

const CLAIM_IDS = [...new Set(SUPPORTS.map(([claimId]) => claimId)), ...SEED_GENERAL_KNOWLEDGE_CLAIMS].sort();

const NOTES = {
  fanArticle:
    "One secondary source: an undated fan article with no named outlet states it, and nothing confirms it independently: 0.6.",
  generalKnowledge:
    "General knowledge that no stored article states: 1.0 by convention. There is no quote to check.",
  reportOfAReport:
    "Report of a report: one undated fan article relays an earlier report that we hold only through its citation. One independent source, seen second-hand: 0.6.",
  deprecated:
    "Contradicted (see the deprecation reason): kept at 0.05 so that it never outranks the preferred claim.",
};

describe("the seed facts file", () => {
  let database: TestExecutor;
  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
  });
  afterAll(() => database.close());

  const read = <Row>(cypher: string) => database.executor.read<Row>({ cypher }, { operation: "test" });

  it("produces the seed graph's nodes, per label", async () => {
    // Bookkeeping left out: migrations, and the graph's write version (src/neo4j/graph-version.ts).
    const rows = await read<{ label: string; count: number }>(
      "MATCH (n) WHERE NOT n:Migration AND NOT n:GraphVersion RETURN labels(n)[0] AS label, count(*) AS count ORDER BY label",
    );
    expect(Object.fromEntries(rows.map(({ label, count }) => [label, count]))).toEqual(NODES_PER_LABEL);
  });

  it("produces the seed graph's relationships, per type", async () => {
    const rows = await read<{ type: string; count: number }>(
      "MATCH (a)-[r]->() WHERE NOT a:Migration RETURN type(r) AS type, count(*) AS count ORDER BY type",
    );
    expect(Object.fromEntries(rows.map(({ type, count }) => [type, count]))).toEqual(RELATIONSHIPS_PER_TYPE);
  });

  it("has every claim of the seed, with its id", async () => {
    const rows = await read<{ id: string }>("MATCH (c:Claim) RETURN c.id AS id ORDER BY id");
    expect(rows.map(({ id }) => id)).toEqual(CLAIM_IDS);
    expect(CLAIM_IDS).toHaveLength(72);
  });

  it("stores the article's text, and every quote at its offsets in it", async () => {
    const [article] = await read<{ text: string }>(
      "MATCH (a:Article {id: 'hit-and-run-season-2-release'}) RETURN a.text AS text",
    );
    expect(article?.text).toBe(ARTICLE_TEXT);
    const rows = await read<{ claim: string; start: number; end: number; quote: string }>(
      "MATCH (c:Claim)-[s:SUPPORTED_BY]->(:Article {id: 'hit-and-run-season-2-release'}) RETURN c.id AS claim, s.start AS start, s.end AS end, s.quote AS quote ORDER BY claim, start",
    );
    expect(rows.map(({ claim, start, end, quote }) => [claim, start, end, quote])).toEqual(SUPPORTS);
    for (const { start, end, quote } of rows) {
      expect(ARTICLE_TEXT.slice(start, end)).toBe(quote);
    }
    for (const [, start, end, quote] of SUPPORTS) {
      expect(ARTICLE_TEXT.slice(start, end)).toBe(quote);
    }
    const quotes = await read<{ id: string; text: string; start: number; end: number }>(
      "MATCH (q:Quote)-[i:QUOTED_IN]->(:Article) RETURN q.id AS id, q.text AS text, i.start AS start, i.end AS end ORDER BY id",
    );
    expect(quotes.map(({ id, start, end }) => [id, start, end])).toEqual([
      ["nicole-yorkin-thr-episode-cost", 2033, 2177],
      ["nicole-yorkin-thr-international-hit", 1913, 2011],
    ]);
    for (const { text, start, end } of quotes) {
      expect(ARTICLE_TEXT.slice(start, end)).toBe(text);
    }
  });

  it("keeps integers as integers and month dates with their precision", async () => {
    const [types] = await read<Record<string, string>>(
      "MATCH (s:Show {id: 'hit-and-run'}), (:Person {id: 'lior-raz'})-[p:PLAYS]->() MATCH (c:Claim {id: 'claim/tel-aviv/within/israel'}) RETURN valueType(s.seasonCount) AS seasonCount, valueType(s.premiereDate) AS premiereDate, s.premiereDatePrecision AS precision, valueType(p.seasons) AS seasons, valueType(c.confidence) AS confidence",
    );
    expect(types).toEqual({
      seasonCount: "INTEGER NOT NULL",
      premiereDate: "DATE NOT NULL",
      precision: "MONTH",
      seasons: "LIST<INTEGER NOT NULL> NOT NULL",
      confidence: "FLOAT NOT NULL",
    });
  });

  it("derives known times from the sources, and keeps the premiere's public events", async () => {
    const rows = await read<{
      id: string;
      knownFrom: string | null;
      precision: string | null;
      basis: string | null;
    }>(
      "MATCH (c:Claim) RETURN c.id AS id, toString(c.knownFrom) AS knownFrom, c.knownFromPrecision AS precision, c.knownFromBasis AS basis ORDER BY id",
    );
    const expected = (id: string) =>
      PUBLIC_EVENTS.includes(id)
        ? { knownFrom: "2021-08-01", precision: "MONTH", basis: "PUBLIC_EVENT" }
        : REPORTED_BY_DEADLINE.includes(id)
          ? { knownFrom: "2021-09-01", precision: "MONTH", basis: "CITED_REPORT" }
          : SEED_GENERAL_KNOWLEDGE_CLAIMS.includes(id)
            ? { knownFrom: null, precision: null, basis: "GENERAL_KNOWLEDGE" }
            : // Everything else rests only on the undated fan article: no known time.
              { knownFrom: null, precision: null, basis: null };
    expect(rows).toEqual(CLAIM_IDS.map((id) => ({ id, ...expected(id) })));
    const reports = await read<{ id: string }>(
      "MATCH (c:Claim)-[:ORIGINALLY_REPORTED_BY]->(:Article {id: 'deadline-hit-and-run-canceled'}) RETURN c.id AS id ORDER BY id",
    );
    expect(reports.map(({ id }) => id)).toEqual(REPORTED_BY_DEADLINE);
  });

  it("gives valid times with their precision, and when the running status's end became known", async () => {
    const rows = await read<Record<string, unknown>>(
      `MATCH (c:Claim) WHERE c.validFrom IS NOT NULL OR c.validTo IS NOT NULL
       RETURN c.id AS id, toString(c.validFrom) AS validFrom, c.validFromPrecision AS validFromPrecision,
              toString(c.validTo) AS validTo, c.validToPrecision AS validToPrecision,
              toString(c.validToKnownFrom) AS validToKnownFrom, c.validToKnownFromPrecision AS validToKnownFromPrecision
       ORDER BY id`,
    );
    const from = (day: string) => ({ validFrom: day, validFromPrecision: "MONTH" });
    const open = {
      validTo: null,
      validToPrecision: null,
      validToKnownFrom: null,
      validToKnownFromPrecision: null,
    };
    expect(rows).toEqual([
      { id: "claim/hit-and-run/status/canceled", ...from("2021-09-01"), ...open },
      {
        id: "claim/hit-and-run/status/running",
        ...from("2021-08-01"),
        validTo: "2021-09-01",
        validToPrecision: "MONTH",
        validToKnownFrom: "2021-09-01",
        validToKnownFromPrecision: "MONTH",
      },
      { id: "claim/netflix/canceled/hit-and-run", ...from("2021-09-01"), ...open },
      { id: "claim/netflix/carries/hit-and-run", ...from("2021-08-01"), ...open },
    ]);
  });

  it("says on every claim how its confidence was set", async () => {
    const rows = await read<{ id: string; confidence: number; note: string }>(
      "MATCH (c:Claim) RETURN c.id AS id, c.confidence AS confidence, c.confidenceNote AS note ORDER BY id",
    );
    const expected = (id: string) =>
      id === "claim/hit-and-run/kind/film"
        ? { confidence: 0.05, note: NOTES.deprecated }
        : SEED_GENERAL_KNOWLEDGE_CLAIMS.includes(id)
          ? { confidence: 1, note: NOTES.generalKnowledge }
          : REPORTED_BY_DEADLINE.includes(id)
            ? { confidence: 0.6, note: NOTES.reportOfAReport }
            : { confidence: 0.6, note: NOTES.fanArticle };
    expect(rows).toEqual(CLAIM_IDS.map((id) => ({ id, ...expected(id) })));
  });

  it("stores the outlets' home pages", async () => {
    const rows = await read<{ id: string; url: string }>(
      "MATCH (n:NewsSource) RETURN n.id AS id, n.url AS url ORDER BY id",
    );
    expect(rows).toEqual([
      { id: "deadline", url: "https://deadline.com" },
      { id: "the-hollywood-reporter", url: "https://www.hollywoodreporter.com" },
    ]);
  });

  it("changes nothing when ingested again, and says so", async () => {
    const report = await ingestFactsFile(database.executor, SEED_FILE);
    expect(report).toMatchObject({ changed: false, relationshipsCreated: 0, propertiesSet: 0, records: 104 });
    expect(report.counts.Claim).toEqual({ created: 0, matched: 72, updated: 0, newSources: 0 });
    expect(report.counts.Person).toEqual({ created: 0, matched: 8, updated: 0, newSources: 0 });
    // Each of the file's 40-odd statements is planned anew once the graph is no longer empty.
  }, 120_000);
});
