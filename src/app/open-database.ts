import type { Config } from "../config/config.js";
import { runMigrations } from "../db/migrations/run-migrations.js";
import { isDatabaseEmpty, seedDatabase } from "../db/seed/seed-database.js";
import type { Neo4jConnection } from "../neo4j/connect-neo4j.js";
import { connectNeo4j } from "../neo4j/connect-neo4j.js";
import type { StatementListener } from "../neo4j/cypher-executor.js";
import { CypherExecutor } from "../neo4j/cypher-executor.js";

export interface OpenDatabase {
  connection: Neo4jConnection;
  executor: CypherExecutor;
}

export interface OpenDatabaseOptions {
  migrate: boolean;
  seedIfEmpty: boolean;
  log?: (line: string) => void;
  onStatement?: StatementListener;
}

/** Connects (starting the embedded Neo4j when no NEO4J_URI is set), migrates and seeds. */
export async function openDatabase(
  config: Config,
  { migrate, seedIfEmpty, log = console.log, onStatement }: OpenDatabaseOptions,
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
        log(`Applied migrations: ${report.applied.join(", ")}`);
      }
    }
    if (seedIfEmpty && (await isDatabaseEmpty(executor))) {
      log(`Seeded an empty database with ${(await seedDatabase(executor)).join(", ")}`);
    }
  } catch (error) {
    await connection.close();
    throw error;
  }
  return { connection, executor };
}
