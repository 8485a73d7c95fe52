import type { CypherExecutor } from "../../neo4j/cypher-executor.js";
import type { CypherFile } from "../cypher-files.js";
import { cypherFolders, readCypherFiles } from "../cypher-files.js";
import type { CodeMigration } from "./code-migrations.js";
import { CODE_MIGRATIONS } from "./code-migrations.js";

/** A numbered migration: a Cypher file's statements, or a code migration's function. */
export type Migration = CypherFile | CodeMigration;

export class MigrationError extends Error {
  override name = "MigrationError";
}

interface AppliedMigration {
  version: number;
  name: string;
  checksum: string;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

const BOOTSTRAP =
  "CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE";

/**
 * The project's migrations in version order: the files of cypher/migrations and the code
 * migrations, which share one numbering (two with the same number is a mistake, refused).
 */
export function projectMigrations(
  files: CypherFile[] = readCypherFiles(cypherFolders.migrations),
): Migration[] {
  const migrations: Migration[] = [...files, ...CODE_MIGRATIONS].sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    const previous = migrations[index - 1];
    if (previous?.version === migration.version) {
      throw new MigrationError(`Migrations ${previous.name} and ${migration.name} have the same number`);
    }
  });
  return migrations;
}

/**
 * Applies the numbered migrations (cypher/migrations and code-migrations.ts) that the database has not seen, in order,
 * each recorded as a (:Migration) node with its checksum. A migration that changed after it was
 * applied stops everything: what the database holds would no longer match what the file says.
 *
 * Schema statements cannot share a transaction with writes in Neo4j, so each statement runs on
 * its own; they all say IF NOT EXISTS, so re-running a migration that failed half-way is safe,
 * and so is two service replicas migrating at the same moment.
 */
export async function runMigrations(
  executor: CypherExecutor,
  migrations: Migration[] = projectMigrations(),
): Promise<MigrationReport> {
  await executor.write({ cypher: BOOTSTRAP }, { operation: "migrate" });
  const recorded = await executor.read<AppliedMigration>(
    { cypher: "MATCH (m:Migration) RETURN m.version AS version, m.name AS name, m.checksum AS checksum" },
    { operation: "migrate" },
  );
  const recordedByVersion = new Map(recorded.map((migration) => [migration.version, migration]));
  for (const migration of migrations) {
    const applied = recordedByVersion.get(migration.version);
    if (applied && applied.checksum !== migration.checksum) {
      throw new MigrationError(
        `Migration ${migration.name} was changed after it was applied (recorded checksum ${applied.checksum.slice(0, 12)}, file ${migration.checksum.slice(0, 12)}). Applied migrations are never edited: restore the file and add a new migration.`,
      );
    }
  }

  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of migrations) {
    if (recordedByVersion.has(migration.version)) {
      report.alreadyApplied.push(migration.name);
      continue;
    }
    if ("run" in migration) {
      await migration.run(executor);
    } else {
      for (const cypher of migration.statements) {
        await executor.write({ cypher }, { operation: `migrate ${migration.name}` });
      }
    }
    await executor.write(
      {
        cypher:
          "MERGE (m:Migration {version: $version}) ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()",
        parameters: { version: migration.version, name: migration.name, checksum: migration.checksum },
      },
      { operation: `migrate ${migration.name}` },
    );
    report.applied.push(migration.name);
  }
  // New indexes populate in the background; queries planned before they are online would scan.
  await executor.read({ cypher: "CALL db.awaitIndexes(300)" }, { operation: "migrate", timeoutMs: 310_000 });
  return report;
}
