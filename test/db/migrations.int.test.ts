import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";

import type { CypherFile } from "../../src/db/cypher-files.js";
import { readCypherFiles } from "../../src/db/cypher-files.js";
import { MigrationError, projectMigrations, runMigrations } from "../../src/db/migrations/run-migrations.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

/** Migrations of this test only: versions far above the project's, touching only FixtureMigration nodes. */
function fixtureMigration(version: number, cypher: string, checksum = `checksum-${version}`): CypherFile {
  return { version, name: `${version}-fixture`, checksum, statements: [cypher] };
}

const FIRST = fixtureMigration(9001, "MERGE (n:FixtureMigration {id: 1}) SET n.log = 'a'");
const SECOND = fixtureMigration(9002, "MATCH (n:FixtureMigration {id: 1}) SET n.log = n.log + 'b'");

describe("migrations", () => {
  let database: TestExecutor;
  const cleanUp = () =>
    database.executor.write(
      { cypher: "MATCH (n) WHERE n:FixtureMigration OR (n:Migration AND n.version >= 9000) DETACH DELETE n" },
      { operation: "test: clean up" },
    );
  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
  });
  afterAll(async () => {
    await cleanUp();
    await database.close();
  });

  it("reads NNNN-name.cypher files in numeric order", () => {
    const folder = mkdtempSync(join(tmpdir(), "showgraph-migrations-"));
    try {
      for (const name of ["0010-ten.cypher", "0002-two.cypher", "0001-one.cypher"]) {
        writeFileSync(join(folder, name), "RETURN 1;\n");
      }
      expect(readCypherFiles(folder).map((file) => file.version)).toEqual([1, 2, 10]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("has applied every project migration once, recorded with its checksum", async () => {
    const recorded = await database.executor.read<{ version: number; checksum: string }>(
      {
        cypher:
          "MATCH (m:Migration) WHERE m.version < 9000 RETURN m.version AS version, m.checksum AS checksum ORDER BY version",
      },
      { operation: "test: migrations" },
    );
    expect(recorded).toEqual(projectMigrations().map(({ version, checksum }) => ({ version, checksum })));
    const again = await runMigrations(database.executor);
    expect(again.applied).toEqual([]);
  });

  it("numbers code migrations among the files, and refuses two with one number", () => {
    const names = projectMigrations().map((migration) => migration.name);
    expect(names).toContain("0009-fold-name-keys");
    expect(names).toEqual([...names].sort());
    const clash = { ...FIRST, version: 9, name: "0009-clash" };
    expect(() => projectMigrations([clash])).toThrow(
      /0009-clash and 0009-fold-name-keys have the same number|0009-fold-name-keys and 0009-clash have the same number/,
    );
  });

  it("applies new migrations in order, exactly once", async () => {
    await cleanUp();
    expect((await runMigrations(database.executor, [FIRST, SECOND])).applied).toEqual([
      "9001-fixture",
      "9002-fixture",
    ]);
    expect((await runMigrations(database.executor, [FIRST, SECOND])).applied).toEqual([]);
    const [node] = await database.executor.read<{ log: string }>(
      { cypher: "MATCH (n:FixtureMigration {id: 1}) RETURN n.log AS log" },
      { operation: "test: migrations" },
    );
    expect(node).toEqual({ log: "ab" });
  });

  it("refuses to start when an applied migration was changed", async () => {
    await cleanUp();
    await runMigrations(database.executor, [FIRST]);
    const edited = fixtureMigration(9001, "MERGE (n:FixtureMigration {id: 1}) SET n.log = 'z'", "edited");
    const attempt = runMigrations(database.executor, [edited, SECOND]);
    await expect(attempt).rejects.toThrow(MigrationError);
    await expect(attempt).rejects.toThrow(/9001-fixture was changed after it was applied/);
    const applied = await database.executor.read(
      { cypher: "MATCH (m:Migration {version: 9002}) RETURN m" },
      { operation: "test: migrations" },
    );
    expect(applied).toEqual([]);
  });
});
