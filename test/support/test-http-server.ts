import { inject } from "vitest";

import { loadConfig } from "../../src/config/config.js";
import { buildGraphQLSchema } from "../../src/schema/build-graphql-schema.js";
import { startHttpServer } from "../../src/server/start-http-server.js";
import { openTestExecutor } from "./test-database.js";

export interface TestHttpServer {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  close(): Promise<void>;
}

/** The service's real HTTP server, on a free port, against the test run's Neo4j. */
export async function startTestHttpServer({ introspection = true } = {}): Promise<TestHttpServer> {
  const database = await openTestExecutor(inject("neo4jUri"));
  const exportConfig = loadConfig({ ...process.env, NODE_ENV: "test" }).export;
  const server = await startHttpServer({
    schema: await buildGraphQLSchema(),
    executor: database.executor,
    host: "127.0.0.1",
    port: 0,
    introspection,
    exportMaxElements: exportConfig.maxElements,
    exportMaxConcurrent: exportConfig.maxConcurrent,
  });
  return {
    url: server.url,
    async close() {
      await server.stop();
      await database.close();
    },
  };
}
