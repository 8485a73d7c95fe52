import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { TestProject } from "vitest/node";

import { loadConfig } from "../src/config/config.js";
import { runMigrations } from "../src/db/migrations/run-migrations.js";
import { seedDatabase } from "../src/db/seed/seed-database.js";
import { ensureEmbeddedNeo4jBuilt } from "../src/neo4j/embedded/build-embedded-neo4j.js";
import type { RunningEmbeddedNeo4j } from "../src/neo4j/embedded/start-embedded-neo4j.js";
import { startEmbeddedNeo4j } from "../src/neo4j/embedded/start-embedded-neo4j.js";
import { openTestExecutor } from "./support/test-database.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** The Bolt URI of the test run's Neo4j: the embedded one, or NEO4J_URI when set. */
    neo4jUri: string;
    /** Its password: the embedded one's (generated, or NEO4J_PASSWORD), or NEO4J_PASSWORD. */
    neo4jPassword: string;
  }
}

/**
 * Starts the embedded Neo4j for the run (or uses NEO4J_URI, for CI against a real server),
 * applies the migrations and loads the seed graph once; test files read it and clean up whatever
 * fixtures they add.
 */
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig({ ...process.env, NODE_ENV: "test" });
  let embedded: RunningEmbeddedNeo4j | undefined;
  let home: string | undefined;
  let uri = config.neo4j.uri;
  let password = config.neo4j.password;
  if (uri === undefined) {
    await ensureEmbeddedNeo4jBuilt();
    home = mkdtempSync(join(tmpdir(), "showgraph-test-neo4j-"));
    embedded = await startEmbeddedNeo4j({ ...config.neo4j.embedded, home, boltPort: 0 });
    uri = embedded.uri;
    password = embedded.password;
  }
  const { executor, close } = await openTestExecutor(uri, password);
  try {
    await runMigrations(executor);
    await seedDatabase(executor);
  } finally {
    await close();
  }
  project.provide("neo4jUri", uri);
  project.provide("neo4jPassword", password);

  return async () => {
    await embedded?.stop();
    if (home) {
      rmSync(home, { recursive: true, force: true });
    }
  };
}
