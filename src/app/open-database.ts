import type { Config } from "../config/config.js";
import { runMigrations } from "../db/migrations/run-migrations.js";
import { isDatabaseEmpty, seedDatabase } from "../db/seed/seed-database.js";
import type { StartupProgress } from "../health/startup-progress.js";
import type { ConnectOptions, Neo4jConnection } from "../neo4j/connect-neo4j.js";
import { connectNeo4j } from "../neo4j/connect-neo4j.js";
import type { StatementListener } from "../neo4j/cypher-executor.js";
import { CypherExecutor } from "../neo4j/cypher-executor.js";
import { WarmUpAdmission } from "../neo4j/embedded/warm-up-admission.js";
import type { EventLog } from "../observability/event-log.js";
import { printEventLog } from "../observability/event-log.js";

export interface OpenDatabase {
  connection: Neo4jConnection;
  executor: CypherExecutor;
}

export interface PrepareOptions {
  migrate: boolean;
  seedIfEmpty: boolean;
  /** Where start-up events go: printed for a person by default, the service's logger in main.ts. */
  log?: EventLog;
}

export interface ConnectDatabaseOptions extends ConnectOptions {
  onStatement?: StatementListener;
}

export interface OpenDatabaseOptions extends ConnectDatabaseOptions, PrepareOptions {}

/** Connects (starting the embedded Neo4j when no NEO4J_URI is set) and makes the one executor. */
export async function connectDatabase(
  config: Config,
  { log = printEventLog, onStatement, onEmbeddedGaveUp }: ConnectDatabaseOptions = {},
): Promise<OpenDatabase> {
  const connection = await connectNeo4j(config.neo4j, { log, onEmbeddedGaveUp });
  const executor = new CypherExecutor({
    driver: connection.driver,
    database: config.neo4j.database,
    queryTimeoutMs: config.neo4j.queryTimeoutMs,
    onStatement,
    // While a new JVM starts, its port may accept connections that Neo4j does not serve yet:
    // a request sent to the driver then would wait until its budget ran out.
    databaseAway: connection.embedded && (() => connection.embedded?.state() === "restarting"),
    // Just back, it is cold: a few transactions at a time, the rest answered at once (issue 11).
    admission: connection.embedded && new WarmUpAdmission(() => connection.embedded?.state() === "warming"),
  });
  return { connection, executor };
}

/** Migrates and seeds as asked, marking each step done in `progress` (what /ready reports). */
export async function prepareDatabase(
  executor: CypherExecutor,
  { migrate, seedIfEmpty, log = printEventLog }: PrepareOptions,
  progress?: StartupProgress,
): Promise<void> {
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
  progress?.done("migrations");
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
  progress?.done("seeding");
}

/** Connects, migrates and seeds: what the command-line tools need before their work. */
export async function openDatabase(config: Config, options: OpenDatabaseOptions): Promise<OpenDatabase> {
  const database = await connectDatabase(config, options);
  try {
    await prepareDatabase(database.executor, options);
  } catch (error) {
    await database.connection.close();
    throw error;
  }
  return database;
}
