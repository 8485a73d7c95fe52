import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import { FactsFileError } from "../../src/ingest/facts-problem.js";
import { ingestFactsFile } from "../../src/ingest/ingest-facts.js";
import { DERIVE_CLAIM_KNOWN_TIMES } from "../../src/ingest/known-times.js";
import { ingestCounts } from "../support/ingest-counts.js";
import { removeIngestFixtures } from "../support/ingest-fixtures.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

const SECOND_ARTICLE = join(projectRoot, "test", "fixtures", "fixture-second-article.facts.yaml");
const INVALID = join(projectRoot, "test", "fixtures", "fixture-invalid.facts.yaml");
/** Seed claims the second article adds itself to as a source (and so dates). */
const SEED_CLAIMS_SUPPORTED = [
  "claim/hit-and-run/premiere-date/2021-08",
  "claim/lior-raz/plays/hit-and-run/segev-azulai",
];

const counts = ingestCounts;

describe("ingesting a facts file", () => {
  let database: TestExecutor;
  const folder = mkdtempSync(join(tmpdir(), "showgraph-ingest-"));
  const read = <Row>(cypher: string) => database.executor.read<Row>({ cypher }, { operation: "test" });

  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
  });
  afterAll(async () => {
    // Without the fixture article, the seed claims it supported are known as before.
    await removeIngestFixtures(database.executor, SEED_CLAIMS_SUPPORTED);
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("adds a second article as a source of the facts the graph has, and creates only what is new", async () => {
    const report = await ingestFactsFile(database.executor, SECOND_ARTICLE);
    expect(report.counts).toEqual({
      Article: counts(1),
      NewsSource: counts(1),
      Show: counts(0, 1),
      Person: counts(1, 1),
      Quote: counts(1),
      Claim: counts(2, 2, 0, 4),
    });
    expect(report.changed).toBe(true);

    const sources = await read<{ article: string; quote: string }>(
      "MATCH (:Claim {id: 'claim/hit-and-run/premiere-date/2021-08'})-[s:SUPPORTED_BY]->(a:Article) RETURN a.id AS article, s.quote AS quote ORDER BY article",
    );
    expect(sources).toEqual([
      { article: "fixture-second-article", quote: "Hit & Run premiered on Netflix in August 2021" },
      { article: "hit-and-run-season-2-release", quote: "when it first came out in August 2021" },
    ]);
    const duplicates = await read<{ claims: number; shows: number; people: number }>(
      `MATCH (:Show {id: 'hit-and-run'})<-[:SUBJECT]-(c:Claim {predicate: 'premiereDate'})
       WITH count(c) AS claims
       RETURN claims, COUNT { (s:Show {nameKey: 'hit & run'}) } AS shows, COUNT { (p:Person {nameKey: 'lior raz'}) } AS people`,
    );
    expect(duplicates).toEqual([{ claims: 1, shows: 1, people: 1 }]);
    const plays = await read<{ sources: string[]; billingOrder: number }>(
      "MATCH (c:Claim {id: 'claim/lior-raz/plays/hit-and-run/segev-azulai'})-[s:SUPPORTED_BY]->(a:Article) MATCH (:Person {id: 'lior-raz'})-[p:PLAYS]->(:Character {id: 'hit-and-run/segev-azulai'}) RETURN collect(a.id) AS sources, p.billingOrder AS billingOrder",
    );
    expect(plays).toEqual([
      {
        sources: expect.arrayContaining(["fixture-second-article", "hit-and-run-season-2-release"]),
        billingOrder: 1,
      },
    ]);
    // The seed article is undated: the PLAYS claim is now known since the second article. The
    // premiere was stated as a public event, known when it happened.
    const knownTimes = await database.executor.read(
      {
        cypher:
          "MATCH (c:Claim) WHERE c.id IN $ids RETURN c.id AS id, toString(c.knownFrom) AS knownFrom, c.knownFromPrecision AS precision, c.knownFromBasis AS basis ORDER BY id",
        parameters: { ids: SEED_CLAIMS_SUPPORTED },
      },
      { operation: "test" },
    );
    expect(knownTimes).toEqual([
      { id: SEED_CLAIMS_SUPPORTED[0], knownFrom: "2021-08-01", precision: "MONTH", basis: "PUBLIC_EVENT" },
      {
        id: SEED_CLAIMS_SUPPORTED[1],
        knownFrom: "2021-10-02",
        precision: "DAY",
        basis: "SUPPORTING_ARTICLE",
      },
    ]);

    const newFact = await read<Record<string, unknown>>(
      `MATCH (c:Claim {id: 'claim/fixture-director/worked-on/hit-and-run/director'})-[s:SUPPORTED_BY]->(:Article {id: 'fixture-second-article'})
       MATCH (c)-[:SUBJECT]->(p:Person)-[w:WORKED_ON]->(show:Show)<-[:OBJECT]-(c)
       RETURN p.id AS person, w.job AS job, show.id AS show, c.value AS value, c.rank AS rank, c.confidence AS confidence, s.quote AS quote, s.start AS start`,
    );
    expect(newFact).toEqual([
      {
        person: "fixture-director",
        job: "DIRECTOR",
        show: "hit-and-run",
        value: "DIRECTOR",
        rank: "PREFERRED",
        confidence: 0.5,
        quote: "Fixture Director directed every episode",
        start: 124,
      },
    ]);
    const article = await read<Record<string, unknown>>(
      `MATCH (a:Article {id: 'fixture-second-article'})-[:PUBLISHED_BY]->(o:NewsSource)
       MATCH (q:Quote)-[i:QUOTED_IN]->(a) MATCH (q)-[:ABOUT]->(s:Show)
       RETURN o.id AS outlet, a.url AS url, a.author AS author, toString(a.publishedDate) AS published, a.publishedDatePrecision AS precision,
              toString(a.retrievedDate) AS retrieved, q.text AS quote, i.start AS start, s.id AS about`,
    );
    expect(article).toEqual([
      {
        outlet: "fixture-outlet",
        url: "https://example.invalid/fixture-second-article",
        author: "Fixture Author",
        published: "2021-10-02",
        precision: "DAY",
        retrieved: "2026-11-24",
        quote: "It was a hard shoot,",
        start: 166,
        about: "hit-and-run",
      },
    ]);
  });

  it("changes nothing when the same file is ingested again, and says so", async () => {
    const report = await ingestFactsFile(database.executor, SECOND_ARTICLE);
    expect(report).toMatchObject({ changed: false, relationshipsCreated: 0, propertiesSet: 0 });
    expect(report.counts.Claim).toEqual(counts(0, 4));
  });

  it("writes nothing from a file with a problem only the graph shows", async () => {
    const file = join(folder, "dangling.facts.yaml");
    writeFileSync(
      file,
      [
        "format: showgraph-facts/1",
        "article: { id: fixture-dangling-article, title: Fixture, text: A fixture series. }",
        "entities:",
        "  - { type: Person, id: fixture-dangling-person, name: Fixture Dangling }",
        "claims:",
        "  - subject: Show:fixture-no-such-show",
        "    predicate: kind",
        "    value: SERIES",
        "    support: [{ quote: series }]",
      ].join("\n"),
    );
    const failure = await ingestFactsFile(database.executor, file, {
      displayName: "dangling.facts.yaml",
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FactsFileError);
    expect((failure as FactsFileError).problems).toEqual([
      {
        file: "dangling.facts.yaml",
        line: 6,
        path: "claims[0].subject",
        message: 'no Show "fixture-no-such-show" in this file or the graph',
      },
    ]);
    expect(
      await read(
        "MATCH (n) WHERE n.id IN ['fixture-dangling-article', 'fixture-dangling-person'] RETURN n.id",
      ),
    ).toEqual([]);
  });

  it("rejects a file with invalid records before writing anything", async () => {
    const failure = await ingestFactsFile(database.executor, INVALID).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FactsFileError);
    expect((failure as FactsFileError).problems).toHaveLength(8);
    expect((failure as FactsFileError).extensions.code).toBe("BAD_USER_INPUT");
    expect(
      await read("MATCH (n) WHERE n.id STARTS WITH 'fixture-invalid' OR n.id = 'fixture-actor' RETURN n.id"),
    ).toEqual([]);
  });

  it("refuses a claim about a new person whose id another claim in the graph has", async () => {
    const file = join(folder, "taken-id.facts.jsonl");
    const text = "Fixture Taken plays in it.";
    const lines = [
      { article: { id: "fixture-taken-article", title: "Fixture taken id", text } },
      { entity: { type: "Person", id: "fixture-taken", name: "Fixture Taken" } },
      {
        claim: {
          id: "claim/lior-raz/plays/hit-and-run/segev-azulai",
          subject: "Person:fixture-taken",
          predicate: "nickname",
          value: "taken",
          support: [{ quote: "Fixture Taken" }],
        },
      },
    ];
    writeFileSync(file, lines.map((line) => JSON.stringify(line)).join("\n"));
    const failure = await ingestFactsFile(database.executor, file).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FactsFileError);
    expect((failure as FactsFileError).problems.map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: "claims[0].id",
        message: expect.stringContaining(
          "claim claim/lior-raz/plays/hit-and-run/segev-azulai in the graph states another fact",
        ),
      },
    ]);
    const people = await read<{ people: number }>(
      "RETURN COUNT { (:Person {id: 'fixture-taken'}) } AS people",
    );
    expect(people).toEqual([{ people: 0 }]);
  });

  it("writes JSON lines in batches: one UNWIND statement per label or predicate and batch", async () => {
    const file = join(folder, "batch.facts.jsonl");
    const people = Array.from({ length: 5 }, (_, index) => `Fixture Batch ${index}`);
    const text = people.join(". ");
    const lines = [
      { article: { id: "fixture-batch-article", title: "Fixture batch", text } },
      ...people.map((name, index) => ({ entity: { type: "Person", id: `fixture-batch-${index}`, name } })),
      ...people.map((name, index) => ({
        claim: {
          subject: `Person:fixture-batch-${index}`,
          predicate: "nickname",
          value: `batch ${index}`,
          support: [{ quote: name }],
        },
      })),
    ];
    writeFileSync(file, lines.map((line) => JSON.stringify(line)).join("\n"));
    const before = database.statements.length;
    const report = await ingestFactsFile(database.executor, file, { batchSize: 4 });
    const sent = database.statements.slice(before);
    expect(report.counts).toEqual({ Article: counts(1), Person: counts(5), Claim: counts(5, 0, 0, 5) });
    expect(sent.every(({ cypher }) => cypher.includes("UNWIND $rows AS row"))).toBe(true);
    // After the article, 10 records in batches of 4: [4 people], [1 person, 3 claims], [2 claims];
    // each label's or predicate's share of a batch is looked up in one statement, then written in
    // one. Claims about people this file created need only their ids checked. Last, the new claims'
    // known times are derived, a batch of ids at a time.
    expect(sent.map(({ cypher }) => /(?:MERGE|CREATE|MATCH) \((?:n|c):(\w+)/.exec(cypher)?.[1])).toEqual([
      "Article",
      "Article",
      "Person",
      "Person",
      "Person",
      "Person",
      "Claim",
      "Claim",
      "Claim",
      "Claim",
      "Claim",
      "Claim",
    ]);
    expect(sent.slice(-2).map(({ cypher }) => cypher)).toEqual([
      DERIVE_CLAIM_KNOWN_TIMES,
      DERIVE_CLAIM_KNOWN_TIMES,
    ]);
  });
});
