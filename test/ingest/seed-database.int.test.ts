import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { seedDatabase } from "../../src/db/seed/seed-database.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

describe("seeding from a folder", () => {
  let database: TestExecutor;
  const folder = mkdtempSync(join(tmpdir(), "showgraph-seed-"));

  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
  });
  afterAll(async () => {
    await database.executor.write(
      { cypher: "MATCH (n) WHERE n.id STARTS WITH 'fixture-seed' DETACH DELETE n" },
      { operation: "test cleanup" },
    );
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("ingests the facts files first, then runs the remaining .cypher seed files", async () => {
    writeFileSync(
      join(folder, "0001-fixture-seed.facts.yaml"),
      [
        "format: showgraph-facts/1",
        "article: { id: fixture-seed-article, title: Fixture seed, text: A fixture. }",
        "entities:",
        "  - { type: Person, id: fixture-seed-person, name: Fixture Seed Person }",
      ].join("\n"),
    );
    // A .cypher seed that needs what the facts file created (as cypher/seed/0002-*.cypher may).
    writeFileSync(
      join(folder, "0002-fixture-seed.cypher"),
      [
        "// Fixture: links the facts file's person to a new show.",
        "MERGE (s:Show {id: 'fixture-seed-show'}) SET s.title = 'Fixture Seed Show'",
        "WITH s MATCH (p:Person {id: 'fixture-seed-person'})",
        "MERGE (p)-[:WORKED_ON {job: 'WRITER'}]->(s);",
      ].join("\n"),
    );
    expect(await seedDatabase(database.executor, folder)).toEqual([
      "0001-fixture-seed.facts.yaml",
      "0002-fixture-seed",
    ]);
    expect(await seedDatabase(database.executor, folder)).toEqual([
      "0001-fixture-seed.facts.yaml",
      "0002-fixture-seed",
    ]);
    const rows = await database.executor.read(
      {
        cypher:
          "MATCH (p:Person {id: 'fixture-seed-person'})-[w:WORKED_ON]->(s:Show {id: 'fixture-seed-show'}) RETURN p.name AS person, w.job AS job, count(*) AS links",
      },
      { operation: "test" },
    );
    expect(rows).toEqual([{ person: "Fixture Seed Person", job: "WRITER", links: 1 }]);
  });
});
