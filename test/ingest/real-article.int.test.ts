import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import { toGlobalId } from "../../src/common/global-id.js";
import { runMigrations } from "../../src/db/migrations/run-migrations.js";
import { seedDatabase } from "../../src/db/seed/seed-database.js";
import { ingestFactsFile } from "../../src/ingest/ingest-facts.js";
import type { RunningEmbeddedNeo4j } from "../../src/neo4j/embedded/start-embedded-neo4j.js";
import { ingestCounts } from "../support/ingest-counts.js";
import { startOwnNeo4j } from "../support/own-neo4j.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const ARTICLES = join(projectRoot, "cypher", "articles");
const JNS = join(ARTICLES, "jns-netflix-cancels-hit-and-run.facts.yaml");

const counts = ingestCounts;

/** A fresh Neo4j plans each ingest statement once (docs/ingestion.md): 15 s quiet, minutes on a loaded machine. */
const INGEST_TIMEOUT_MS = 300_000;

/**
 * The real articles of cypher/articles, ingested after the seed. The shared test graph is the
 * seed alone (other files pin it), so this file seeds a Neo4j of its own.
 */
describe("real articles beyond the seed (cypher/articles)", () => {
  const folder = mkdtempSync(join(tmpdir(), "showgraph-articles-"));
  let embedded: RunningEmbeddedNeo4j;
  let server: TestServer;

  beforeAll(async () => {
    embedded = await startOwnNeo4j(folder);
    server = await startTestServer(embedded.uri);
    await runMigrations(server.executor);
    await seedDatabase(server.executor);
  });
  afterAll(async () => {
    await server?.close();
    await embedded?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it(
    "ingests JNS's report: new facts created, the facts the seed has gain it as a source (and confidence)",
    async () => {
      const report = await ingestFactsFile(server.executor, JNS);
      expect(report.counts).toEqual({
        Article: counts(1),
        NewsSource: counts(1),
        Show: counts(1, 2, 2),
        Network: counts(1),
        Person: counts(2, 2),
        Season: counts(0, 1, 1),
        Quote: counts(1),
        Claim: counts(22, 8, 7, 31),
      });
      expect(report.changed).toBe(true);
    },
    INGEST_TIMEOUT_MS,
  );

  it(
    "ingests every article file cleanly, and again as a no-op",
    async () => {
      for (const file of readdirSync(ARTICLES).filter((name) => name.endsWith(".facts.yaml"))) {
        const again = await ingestFactsFile(server.executor, join(ARTICLES, file));
        expect({ file, changed: again.changed, relationships: again.relationshipsCreated }).toEqual({
          file,
          changed: false,
          relationships: 0,
        });
      }
    },
    INGEST_TIMEOUT_MS,
  );

  it("shows the cancellation with both articles as sources, each with its quote", async () => {
    const result = await server.query<{ node: { sources: unknown[] } }>(
      `query ($id: ID!) {
        node(id: $id) {
          ... on Claim { sources { role quote article { title author textIsExcerpt publishedOn { value precision } } outlet { name } } }
        }
      }`,
      { id: toGlobalId("Claim", "claim/netflix/canceled/hit-and-run") },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.node.sources).toEqual(
      expect.arrayContaining([
        {
          role: "SUPPORTS",
          quote: "Netflix will not renew for a second season the drama “Hit & Run,”",
          article: {
            title: "Netflix cancels Israeli series ‘Hit & Run’ after one season",
            author: "JNS",
            textIsExcerpt: true,
            publishedOn: { value: "2021-09-26", precision: "DAY" },
          },
          outlet: { name: "J-Wire" },
        },
        expect.objectContaining({
          role: "SUPPORTS",
          quote: "Website Deadline reported in September 2021 that Hit & Run had been canceled by Netflix",
          article: expect.objectContaining({ textIsExcerpt: false }),
        }),
      ]),
    );
  });

  it("dates what only it says by its publication day, and leaves earlier reports' dates alone", async () => {
    const knownTime = async (claim: string) => {
      const result = await server.query<{ node: KnownTime }>(
        `query ($id: ID!) {
          node(id: $id) { ... on Claim { knownFrom { value precision } knownFromBasis confidenceDerivation { note } } }
        }`,
        { id: toGlobalId("Claim", claim) },
      );
      expect(result.errors).toBeUndefined();
      return result.data?.node;
    };
    expect(await knownTime("claim/avi-issacharoff/worked-on/hit-and-run/creator")).toEqual({
      knownFrom: { value: "2021-09-26", precision: "DAY" },
      knownFromBasis: "SUPPORTING_ARTICLE",
      confidenceDerivation: { note: expect.stringContaining("JNS") },
    });
    // Relayed from Deadline's report (September 2021), which came first.
    expect(await knownTime("claim/hit-and-run/season-1/episode-count/9")).toMatchObject({
      knownFrom: { value: "2021-09", precision: "MONTH" },
      knownFromBasis: "CITED_REPORT",
    });
    expect(await knownTime("claim/netflix/canceled/hit-and-run")).toMatchObject({
      knownFrom: { value: "2021-09", precision: "MONTH" },
      knownFromBasis: "CITED_REPORT",
    });
    // The fan article is undated: filming in New York was not known from any date until JNS,
    // whose independent confirmation raises the claim's confidence.
    expect(await knownTime("claim/hit-and-run/filmed-in/new-york")).toEqual({
      knownFrom: { value: "2021-09-26", precision: "DAY" },
      knownFromBasis: "SUPPORTING_ARTICLE",
      confidenceDerivation: { note: expect.stringContaining("Two independent sources") },
    });
  });

  it("answers who created Hit & Run and Fauda, which only the second article says", async () => {
    const result = await server.query<{ hitAndRun: Crew; fauda: Crew }>(
      `{
        hitAndRun: show(name: "Hit & Run") { crew(job: CREATOR) { nodes { person { name } } } }
        fauda: show(name: "Fauda") { crew(job: CREATOR) { nodes { person { name } } } }
      }`,
    );
    expect(result.errors).toBeUndefined();
    const names = (crew: Crew | undefined) => crew?.crew.nodes.map((credit) => credit.person.name).sort();
    expect(names(result.data?.hitAndRun)).toEqual([
      "Avi Issacharoff",
      "Dawn Prestwich",
      "Lior Raz",
      "Nicole Yorkin",
    ]);
    expect(names(result.data?.fauda)).toEqual(["Avi Issacharoff", "Lior Raz"]);
  });
});

interface KnownTime {
  knownFrom: { value: string; precision: string } | null;
  knownFromBasis: string | null;
  confidenceDerivation: { note: string | null };
}

interface Crew {
  crew: { nodes: Array<{ person: { name: string } }> };
}
