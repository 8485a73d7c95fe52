import { inject } from "vitest";

import { loadConfig } from "../../src/config/config.js";
import { buildGraphQLSchema } from "../../src/schema/build-graphql-schema.js";
import type { CypherExecutor } from "../../src/neo4j/cypher-executor.js";
import { startHttpServer } from "../../src/server/start-http-server.js";
import { openTestExecutor } from "./test-database.js";

export interface TestHttpServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

export interface TestHttpServerOptions {
  introspection?: boolean;
  /** Variables as in the environment (GRAPHQL_MAX_DEPTH, REQUEST_TIMEOUT_MS, ...), read by loadConfig. */
  environment?: Record<string, string>;
  /** Another Neo4j than the test run's: its URI (bolt:// or neo4j://) and password. */
  neo4j?: { uri: string; password: string };
}

/**
 * What a test's own HTTP server starts with (on a free port, exports up to 50,000 elements); add
 * observability, limits, caching or readiness to it.
 */
export async function testServerOptions(executor: CypherExecutor) {
  return {
    schema: await buildGraphQLSchema(),
    executor,
    host: "127.0.0.1",
    port: 0,
    introspection: true,
    exportMaxElements: 50_000,
  };
}

/** The service's real HTTP server, on a free port, against the test run's Neo4j. */
export async function startTestHttpServer({
  introspection = true,
  environment = {},
  neo4j,
}: TestHttpServerOptions = {}): Promise<TestHttpServer> {
  const database = neo4j
    ? await openTestExecutor(neo4j.uri, neo4j.password)
    : await openTestExecutor(inject("neo4jUri"));
  const config = loadConfig({ ...process.env, ...environment, NODE_ENV: "test" });
  const server = await startHttpServer({
    schema: await buildGraphQLSchema(),
    executor: database.executor,
    host: "127.0.0.1",
    port: 0,
    introspection,
    exportMaxElements: config.export.maxElements,
    exportSlots: config.export.slots,
    limits: config.limits,
  });
  return {
    url: server.url,
    async close() {
      await server.stop();
      await database.close();
    },
  };
}
