import { join } from "node:path";

import type { EmbeddedNeo4jConfig } from "../../src/config/config.js";
import { loadConfig } from "../../src/config/config.js";
import { ensureEmbeddedNeo4jBuilt } from "../../src/neo4j/embedded/build-embedded-neo4j.js";
import type { RunningEmbeddedNeo4j } from "../../src/neo4j/embedded/start-embedded-neo4j.js";
import { startEmbeddedNeo4j } from "../../src/neo4j/embedded/start-embedded-neo4j.js";

/**
 * An embedded Neo4j of a test file's own, in `folder`, for what the shared test graph must not
 * see (articles beyond the seed) or cannot be configured for at run time (Community Neo4j has no
 * dbms.setConfigValue). Its password is `.password` (generated in the folder on first start);
 * `boltPort` starts it again where a stopped one was. Stop it in afterAll.
 */
export async function startOwnNeo4j(
  folder: string,
  settings: Partial<Pick<EmbeddedNeo4jConfig, "transactionMemory" | "boltPort">> = {},
): Promise<RunningEmbeddedNeo4j> {
  await ensureEmbeddedNeo4jBuilt();
  const { neo4j } = loadConfig({ ...process.env, NODE_ENV: "test" });
  return startEmbeddedNeo4j({ ...neo4j.embedded, boltPort: 0, ...settings, home: join(folder, "neo4j") });
}
