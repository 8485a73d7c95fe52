import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { inject } from "vitest";

import { loadConfig } from "../../src/config/config.js";
import type { StatementEvent, StatementListener } from "../../src/neo4j/cypher-executor.js";
import { CypherExecutor } from "../../src/neo4j/cypher-executor.js";
import { driverOptions } from "../../src/neo4j/driver-options.js";

export interface TestExecutor {
  executor: CypherExecutor;
  driver: Driver;
  /** Every statement sent through `executor`, for round-trip counts. */
  statements: StatementEvent[];
  close(): Promise<void>;
}

/**
 * A driver and executor on the test run's Neo4j (or another one: give its URI and password),
 * configured as the service configures its own.
 */
export async function openTestExecutor(
  uri: string,
  password: string = inject("neo4jPassword"),
): Promise<TestExecutor> {
  const { neo4j: config } = loadConfig({ ...process.env, NODE_ENV: "test" });
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.username, password), driverOptions(config.driver));
  await driver.verifyConnectivity({ database: config.database });
  const statements: StatementEvent[] = [];
  const onStatement: StatementListener = (statement) => statements.push(statement);
  const executor = new CypherExecutor({
    driver,
    database: config.database,
    queryTimeoutMs: config.queryTimeoutMs,
    onStatement,
  });
  return { executor, driver, statements, close: () => driver.close() };
}
