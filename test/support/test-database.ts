import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";

import { loadConfig } from "../../src/config/config.js";
import type { CypherStatement, StatementListener } from "../../src/neo4j/cypher-executor.js";
import { CypherExecutor } from "../../src/neo4j/cypher-executor.js";

export interface TestExecutor {
  executor: CypherExecutor;
  driver: Driver;
  /** Every statement sent through `executor`, for round-trip counts. */
  statements: CypherStatement[];
  close(): Promise<void>;
}

/** A driver and executor on the test run's Neo4j, configured as the service configures its own. */
export async function openTestExecutor(uri: string): Promise<TestExecutor> {
  const { neo4j: config } = loadConfig({ ...process.env, NODE_ENV: "test" });
  const driver = neo4j.driver(uri, neo4j.auth.basic(config.username, config.password));
  await driver.verifyConnectivity({ database: config.database });
  const statements: CypherStatement[] = [];
  const onStatement: StatementListener = (statement) => statements.push(statement);
  const executor = new CypherExecutor({
    driver,
    database: config.database,
    queryTimeoutMs: config.queryTimeoutMs,
    onStatement,
  });
  return { executor, driver, statements, close: () => driver.close() };
}
