import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { AuthConfig } from "../../src/auth/create-authenticator.js";
import { loadConfig } from "../../src/config/config.js";
import { runMigrations } from "../../src/db/migrations/run-migrations.js";
import { seedDatabase } from "../../src/db/seed/seed-database.js";
import type { RunningEmbeddedNeo4j } from "../../src/neo4j/embedded/start-embedded-neo4j.js";
import type { RunningHttpServer } from "../../src/server/start-http-server.js";
import { startHttpServer } from "../../src/server/start-http-server.js";
import { startOwnNeo4j } from "./own-neo4j.js";
import { testServerOptions } from "./test-http-server.js";
import type { TestExecutor } from "./test-database.js";
import { openTestExecutor } from "./test-database.js";

export interface OwnService extends TestExecutor {
  url: string;
  /** POSTs an operation to /graphql with an optional bearer token; returns status and body. */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ status: number; body: GraphQLBody }>;
}

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * The real HTTP server on a seeded Neo4j of a test file's own: for tests that write (edits leave
 * records and versions that the shared test graph must not see). Stop it in afterAll.
 * `environment` (HTTP_CACHE_MAX_AGE, GRAPHQL_RESPONSE_CACHE_MB) sets its HTTP caching.
 */
export async function startOwnService(
  prefix: string,
  { environment = {}, auth }: { environment?: Record<string, string>; auth?: AuthConfig } = {},
): Promise<OwnService> {
  const folder = mkdtempSync(join(tmpdir(), `showgraph-${prefix}-`));
  let embedded: RunningEmbeddedNeo4j | undefined;
  let database: TestExecutor | undefined;
  let server: RunningHttpServer | undefined;
  try {
    embedded = await startOwnNeo4j(folder);
    database = await openTestExecutor(embedded.uri, embedded.password);
    await runMigrations(database.executor);
    await seedDatabase(database.executor);
    server = await startHttpServer({
      ...(await testServerOptions(database.executor)),
      // A whole facts document through ingestFacts takes far longer than a read on a loaded machine.
      limits: loadConfig({ NODE_ENV: "test", REQUEST_TIMEOUT_MS: "300000" }).limits,
      httpCache: loadConfig({ ...environment, NODE_ENV: "test" }).httpCache,
      ...(auth ? { auth } : {}),
    });
  } catch (error) {
    await database?.close();
    await embedded?.stop();
    throw error;
  }
  const url = server.url;
  const started = { embedded, database, server };
  return {
    ...database,
    url,
    async graphql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLBody };
    },
    async close() {
      await started.server.stop();
      await started.database.close();
      await started.embedded.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
