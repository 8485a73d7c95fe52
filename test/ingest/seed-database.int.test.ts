import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
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
      {
        cypher:
          "MATCH (n) WHERE n.id STARTS WITH 'fixture-seed' OR n.id STARTS WITH 'claim/fixture-seed' DETACH DELETE n",
      },
      { operation: "test cleanup" },
    );
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("ingests the facts files in number order, and seeding again changes nothing", async () => {
    writeFileSync(
      join(folder, "0001-fixture-seed.facts.yaml"),
      [
        "format: showgraph-facts/1",
        "article: { id: fixture-seed-article, title: Fixture seed, text: A fixture. }",
        "entities:",
        "  - { type: Person, id: fixture-seed-person, name: Fixture Seed Person }",
      ].join("\n"),
    );
    // The second file needs what the first created: the person it credits.
    writeFileSync(
      join(folder, "0002-fixture-seed.facts.yaml"),
      [
        "format: showgraph-facts/1",
        "article: { id: fixture-seed-second-article, title: Fixture seed 2, text: Fixture Seed Person wrote it. }",
        "entities:",
        "  - { type: Show, id: fixture-seed-show, title: Fixture Seed Show }",
        "claims:",
        "  - subject: Person:fixture-seed-person",
        "    predicate: WORKED_ON",
        "    object: Show:fixture-seed-show",
        "    properties: { job: WRITER }",
        "    support: [{ quote: Fixture Seed Person wrote it }]",
      ].join("\n"),
    );
    const files = ["0001-fixture-seed.facts.yaml", "0002-fixture-seed.facts.yaml"];
    expect(await seedDatabase(database.executor, folder)).toEqual(files);
    expect(await seedDatabase(database.executor, folder)).toEqual(files);
    const rows = await database.executor.read(
      {
        cypher:
          "MATCH (p:Person {id: 'fixture-seed-person'})-[w:WORKED_ON]->(s:Show {id: 'fixture-seed-show'}) RETURN p.name AS person, w.job AS job, count(*) AS links",
      },
      { operation: "test" },
    );
    expect(rows).toEqual([{ person: "Fixture Seed Person", job: "WRITER", links: 1 }]);
  });

  it("refuses a Cypher file in the seed folder: seed data are facts files", async () => {
    const cypherFolder = join(folder, "with-cypher");
    mkdirSync(cypherFolder);
    writeFileSync(join(cypherFolder, "0003-fixture-seed.cypher"), "MERGE (:Show {id: 'fixture-seed-x'});");
    await expect(seedDatabase(database.executor, cypherFolder)).rejects.toThrow(
      /0003-fixture-seed\.cypher: seed data are facts files/,
    );
  });
});
