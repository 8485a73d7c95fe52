import type { Config } from "../config/config.js";
import { runMigrations } from "../db/migrations/run-migrations.js";
import { isDatabaseEmpty, seedDatabase } from "../db/seed/seed-database.js";
import type { Neo4jConnection } from "../neo4j/connect-neo4j.js";
import { connectNeo4j } from "../neo4j/connect-neo4j.js";
import type { StatementListener } from "../neo4j/cypher-executor.js";
import { CypherExecutor } from "../neo4j/cypher-executor.js";
import type { EventLog } from "../observability/event-log.js";
import { printEventLog } from "../observability/event-log.js";

export interface OpenDatabase {
  connection: Neo4jConnection;
  executor: CypherExecutor;
}

export interface OpenDatabaseOptions {
  migrate: boolean;
  seedIfEmpty: boolean;
  /** Where start-up events go: printed for a person by default, the service's logger in main.ts. */
  log?: EventLog;
  onStatement?: StatementListener;
}

/** Connects (starting the embedded Neo4j when no NEO4J_URI is set), migrates and seeds. */
export async function openDatabase(
  config: Config,
  { migrate, seedIfEmpty, log = printEventLog, onStatement }: OpenDatabaseOptions,
): Promise<OpenDatabase> {
  const connection = await connectNeo4j(config.neo4j, log);
  const executor = new CypherExecutor({
    driver: connection.driver,
    database: config.neo4j.database,
    queryTimeoutMs: config.neo4j.queryTimeoutMs,
    onStatement,
  });
  try {
    if (migrate) {
      const report = await runMigrations(executor);
      if (report.applied.length > 0) {
        log({
          event: "db.migrated",
          applied: report.applied,
          alreadyApplied: report.alreadyApplied.length,
          message: `Applied migrations: ${report.applied.join(", ")}`,
        });
      }
    }
    if (seedIfEmpty && (await isDatabaseEmpty(executor))) {
      const started = Date.now();
      const files = await seedDatabase(executor);
      log({
        event: "db.seeded",
        files,
        seconds: (Date.now() - started) / 1000,
        message: `Seeded an empty database with ${files.join(", ")}`,
      });
    }
  } catch (error) {
    await connection.close();
    throw error;
  }
  return { connection, executor };
}
