import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import { FactsFileError } from "../../src/ingest/facts-problem.js";
import { checkFactsFile, ingestFactsFile } from "../../src/ingest/ingest-facts.js";
import { DERIVE_CLAIM_KNOWN_TIMES } from "../../src/ingest/known-times.js";
import { removeIngestFixtures } from "../support/ingest-fixtures.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

const fixture = (name: string) => join(projectRoot, "test", "fixtures", name);
const DATED = fixture("fixture-known-times.facts.yaml");
const EARLIER = fixture("fixture-known-times-earlier.facts.yaml");

const SEASON_COUNT = "claim/hit-and-run/season-count/1";
const CANCELED = "claim/netflix/canceled/hit-and-run";
const PREMIERE = "claim/hit-and-run/premiere-date/2021-08";
const NICKNAME = "claim/fixture-kt-critic/nickname";
const OCCUPATION = "claim/fixture-kt-critic/occupation";
const DEBUT = "claim/fixture-kt-critic/debut";
/** The seed's claims that the fixtures add sources to. */
const SEED_CLAIMS = [SEASON_COUNT, CANCELED, PREMIERE];

const known = (knownFrom: string | null, precision: string | null, basis: string | null) => ({
  knownFrom,
  precision,
  basis,
});
const SEED_KNOWN_TIMES = {
  [SEASON_COUNT]: known(null, null, null),
  [CANCELED]: known("2021-09-01", "MONTH", "CITED_REPORT"),
  [PREMIERE]: known("2021-08-01", "MONTH", "PUBLIC_EVENT"),
};

describe("known times derived by ingest", () => {
  let database: TestExecutor;
  const folder = mkdtempSync(join(tmpdir(), "showgraph-known-times-"));
  const read = <Row>(cypher: string, parameters: Record<string, unknown> = {}) =>
    database.executor.read<Row>({ cypher, parameters }, { operation: "test" });
  const knownTimes = async (ids: string[]) =>
    Object.fromEntries(
      (
        await read<{ id: string; knownFrom: string | null; precision: string | null; basis: string | null }>(
          "UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN c.id AS id, toString(c.knownFrom) AS knownFrom, c.knownFromPrecision AS precision, c.knownFromBasis AS basis",
          { ids },
        )
      ).map(({ id, ...time }) => [id, time]),
    );
  /** Removes the fixtures, then re-derives the seed claims they were sources of. */
  const removeFixtures = () => removeIngestFixtures(database.executor, SEED_CLAIMS);

  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
  });
  afterAll(async () => {
    await removeFixtures();
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("starts from the seed's known times", async () => {
    expect(await knownTimes(SEED_CLAIMS)).toEqual(SEED_KNOWN_TIMES);
  });

  it("dates what a dated article supports, keeps earlier reports and public events, and writes the stated provenance", async () => {
    const report = await ingestFactsFile(database.executor, DATED);
    expect(report.counts.Claim).toEqual({ created: 3, matched: 3, updated: 0, newSources: 5 });
    expect(await knownTimes([...SEED_CLAIMS, NICKNAME, OCCUPATION, DEBUT])).toEqual({
      // Only the undated fan article supported it: now known since this article.
      [SEASON_COUNT]: known("2021-11-03", "DAY", "SUPPORTING_ARTICLE"),
      // Deadline's report of September 2021 is still the earliest source.
      [CANCELED]: known("2021-09-01", "MONTH", "CITED_REPORT"),
      // Stated as a public event in the seed: a later article changes nothing.
      [PREMIERE]: known("2021-08-01", "MONTH", "PUBLIC_EVENT"),
      // The cited report (2021-10-15) is older than this article (2021-11-03).
      [NICKNAME]: known("2021-10-15", "DAY", "CITED_REPORT"),
      [OCCUPATION]: known(null, null, "GENERAL_KNOWLEDGE"),
      [DEBUT]: known("2020-05-01", "MONTH", "PUBLIC_EVENT"),
    });
    const [debut] = await read<Record<string, unknown>>(
      `MATCH (c:Claim {id: $id})
       RETURN c.confidence AS confidence, c.confidenceNote AS confidenceNote,
              toString(c.validFrom) AS validFrom, c.validFromPrecision AS validFromPrecision,
              toString(c.validTo) AS validTo, c.validToPrecision AS validToPrecision,
              toString(c.validToKnownFrom) AS validToKnownFrom, c.validToKnownFromPrecision AS validToKnownFromPrecision,
              valueType(c.knownFrom) AS knownFromType`,
      { id: DEBUT },
    );
    expect(debut).toEqual({
      confidence: 0.7,
      confidenceNote: "Fixture: one dated article.",
      validFrom: "2020-05-01",
      validFromPrecision: "MONTH",
      validTo: "2021-01-01",
      validToPrecision: "YEAR",
      validToKnownFrom: "2021-11-03",
      validToKnownFromPrecision: "DAY",
      knownFromType: "DATE NOT NULL",
    });
  });

  it("changes nothing, known times included, when the file is ingested again", async () => {
    const before = database.statements.length;
    const report = await ingestFactsFile(database.executor, DATED);
    expect(report).toMatchObject({ changed: false, propertiesSet: 0 });
    expect(database.statements.slice(before).some(({ cypher }) => cypher === DERIVE_CLAIM_KNOWN_TIMES)).toBe(
      false,
    );
  });

  it("moves a claim's known time when an earlier article adds itself as a source, re-deriving only the claims it touched", async () => {
    const before = database.statements.length;
    await ingestFactsFile(database.executor, EARLIER);
    const derived = database.statements
      .slice(before)
      .filter(({ cypher }) => cypher === DERIVE_CLAIM_KNOWN_TIMES);
    expect(derived.map(({ parameters }) => parameters)).toEqual([
      { rows: expect.arrayContaining([{ id: SEASON_COUNT }, { id: OCCUPATION }, { id: DEBUT }]) },
    ]);
    expect((derived[0]?.parameters?.rows as unknown[]).length).toBe(3);
    expect(await knownTimes([SEASON_COUNT, NICKNAME, OCCUPATION, DEBUT])).toEqual({
      // October 2021 (month precision) is earlier than 2021-11-03.
      [SEASON_COUNT]: known("2021-10-01", "MONTH", "SUPPORTING_ARTICLE"),
      // Not supported by the earlier article: unchanged.
      [NICKNAME]: known("2021-10-15", "DAY", "CITED_REPORT"),
      // General knowledge until now; now it has a dated source.
      [OCCUPATION]: known("2021-10-01", "MONTH", "SUPPORTING_ARTICLE"),
      [DEBUT]: known("2020-05-01", "MONTH", "PUBLIC_EVENT"),
    });
  });

  it("dates every claim of an article when a file gives that article its publication date", async () => {
    const write = (name: string, publishedDate?: string) => {
      const file = join(folder, name);
      writeFileSync(
        file,
        [
          "format: showgraph-facts/1",
          "article:",
          "  id: fixture-known-times-undated",
          "  title: Fixture undated",
          ...(publishedDate ? [`  publishedDate: "${publishedDate}"`] : []),
          "  text: Fixture KT Critic likes fixtures.",
          "claims:",
          "  - id: claim/fixture-kt-critic/likes",
          "    subject: Person:fixture-kt-critic",
          "    predicate: likes",
          "    value: fixtures",
          "    support: [{ quote: Fixture KT Critic likes fixtures }]",
        ].join("\n"),
      );
      return file;
    };
    await ingestFactsFile(database.executor, write("undated.facts.yaml"));
    expect(await knownTimes(["claim/fixture-kt-critic/likes"])).toEqual({
      "claim/fixture-kt-critic/likes": known(null, null, null),
    });
    const report = await ingestFactsFile(database.executor, write("dated.facts.yaml", "2022-02"));
    expect(report.counts).toMatchObject({
      Article: { created: 0, matched: 1, updated: 1, newSources: 0 },
      Claim: { created: 0, matched: 1, updated: 0, newSources: 0 },
    });
    expect(await knownTimes(["claim/fixture-kt-critic/likes"])).toEqual({
      "claim/fixture-kt-critic/likes": known("2022-02-01", "MONTH", "SUPPORTING_ARTICLE"),
    });
  });

  it("refuses half an explicit known time, and an end's known time without the end", async () => {
    const file = join(folder, "half.facts.yaml");
    writeFileSync(
      file,
      [
        "format: showgraph-facts/1",
        "article: { id: fixture-half-article, title: Fixture half, text: A fixture. }",
        "claims:",
        "  - subject: Show:hit-and-run",
        "    predicate: status",
        "    value: RUNNING",
        '    knownFrom: "2021-08"',
        '    validToKnownFrom: "2021-09"',
        "  - subject: Show:hit-and-run",
        "    predicate: kind",
        "    value: SERIES",
        "    knownFromBasis: PUBLIC_EVENT",
        "  - subject: Show:hit-and-run",
        "    predicate: reception",
        "    value: fine",
        "    confidenceNote: ''",
      ].join("\n"),
    );
    const { problems } = await checkFactsFile(file, "half.facts.yaml");
    expect(problems.map(({ line, path, message }) => [line, path, message])).toEqual([
      [
        4,
        "claims[0].knownFromBasis",
        "required with knownFrom: what it rests on (PUBLIC_EVENT); without both, ingest derives the known time from the sources",
      ],
      [8, "claims[0].validToKnownFrom", "only with validTo: it says when that end became known"],
      [9, "claims[1].knownFrom", "required with knownFromBasis: when it became known"],
      [16, "claims[2].confidenceNote", "must not be empty"],
    ]);
    await expect(ingestFactsFile(database.executor, file)).rejects.toBeInstanceOf(FactsFileError);
  });

  it("leaves the seed's known times as they were once the fixtures are gone", async () => {
    await removeFixtures();
    expect(await knownTimes(SEED_CLAIMS)).toEqual(SEED_KNOWN_TIMES);
  });
});
