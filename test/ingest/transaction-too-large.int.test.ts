import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { runMigrations } from "../../src/db/migrations/run-migrations.js";
import { TransactionTooLargeError } from "../../src/errors/showgraph-error.js";
import { ingestFactsFile } from "../../src/ingest/ingest-facts.js";
import type { RunningEmbeddedNeo4j } from "../../src/neo4j/embedded/start-embedded-neo4j.js";
import type { TestExecutor } from "../support/test-database.js";
import { startOwnNeo4j } from "../support/own-neo4j.js";
import { openTestExecutor } from "../support/test-database.js";

/**
 * Neo4j caps the memory of a transaction, and a facts file is one transaction. Community Neo4j
 * cannot change the cap at run time, so this file starts its own embedded Neo4j with a 4 MB cap.
 */
describe("a facts file too large for one transaction", () => {
  const folder = mkdtempSync(join(tmpdir(), "showgraph-too-large-"));
  let embedded: RunningEmbeddedNeo4j;
  let database: TestExecutor;

  beforeAll(async () => {
    embedded = await startOwnNeo4j(folder, { transactionMemory: "4m" });
    database = await openTestExecutor(embedded.uri, embedded.password);
    await runMigrations(database.executor);
  });
  afterAll(async () => {
    await database?.close();
    await embedded?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("fails at once with TRANSACTION_TOO_LARGE, is not retried, and changes nothing", async () => {
    const file = join(folder, "large.facts.jsonl");
    const names = Array.from({ length: 5000 }, (_, index) => `Fixture Large ${index}`);
    const lines = [
      { article: { id: "fixture-large-article", title: "Fixture large", text: names.join(". ") } },
      ...names.map((name, index) => ({ entity: { type: "Person", id: `fixture-large-${index}`, name } })),
    ];
    writeFileSync(file, lines.map((line) => JSON.stringify(line)).join("\n"));

    const started = Date.now();
    const failure = await ingestFactsFile(database.executor, file).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(TransactionTooLargeError);
    expect((failure as TransactionTooLargeError).extensions.code).toBe("TRANSACTION_TOO_LARGE");
    // The driver retries transient errors for 30 s; this one it must not retry.
    expect(Date.now() - started).toBeLessThan(20_000);
    const nodes = await database.executor.read<{ nodes: number }>(
      { cypher: "RETURN COUNT { (n) WHERE n.id STARTS WITH 'fixture-large' } AS nodes" },
      { operation: "test" },
    );
    expect(nodes).toEqual([{ nodes: 0 }]);
  });
});
