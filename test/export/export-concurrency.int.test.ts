import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { loadConfig } from "../../src/config/config.js";
import { buildGraphQLSchema } from "../../src/schema/build-graphql-schema.js";
import type { RunningHttpServer } from "../../src/server/start-http-server.js";
import { startHttpServer } from "../../src/server/start-http-server.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

/**
 * Exports cannot starve GraphQL (issue 11, "mixed load"; docs/reliability.md): beyond
 * EXPORT_MAX_CONCURRENT, an export is refused at once with 503 EXPORTS_BUSY and Retry-After,
 * while every GraphQL request sent at the same moment is answered. Proven by counts.
 */
const EXPORTS = 20;
const QUERIES = 20;
const EXPORT_PATH = "/export/neighborhood?id=U2hvdzpoaXQtYW5kLXJ1bg&depth=2&format=json";

describe("exports under load", { timeout: 180_000 }, () => {
  let database: TestExecutor;
  let server: RunningHttpServer;

  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
    server = await startHttpServer({
      schema: await buildGraphQLSchema(),
      executor: database.executor,
      host: "127.0.0.1",
      port: 0,
      introspection: false,
      exportMaxElements: 50_000,
      exportMaxConcurrent: 1,
      limits: loadConfig({ NODE_ENV: "test" }).limits,
    });
  });
  afterAll(async () => {
    await server.stop();
    await database.close();
  });

  it("refuses exports beyond the limit with 503 EXPORTS_BUSY while GraphQL keeps answering", async () => {
    const exports = Array.from({ length: EXPORTS }, async () => {
      const response = await fetch(`${server.url}${EXPORT_PATH}`);
      return {
        status: response.status,
        retryAfter: response.headers.get("retry-after"),
        body: await response.json(),
      };
    });
    const queries = Array.from({ length: QUERIES }, async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: '{ show(name: "Hit & Run") { cast { totalCount } } }' }),
      });
      return response.json();
    });
    const exported = await Promise.all(exports);
    const answered = await Promise.all(queries);

    const served = exported.filter(({ status }) => status === 200);
    const refused = exported.filter(({ status }) => status === 503);
    expect(served.length + refused.length).toBe(EXPORTS);
    expect(served.length).toBeGreaterThanOrEqual(1);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const refusal of refused) {
      expect(refusal.retryAfter).toBe("2");
      expect(refusal.body).toMatchObject({ error: { code: "EXPORTS_BUSY" } });
      expect(refusal.body.error.message).toMatch(/EXPORT_MAX_CONCURRENT/);
    }
    expect(answered).toEqual(
      Array.from({ length: QUERIES }, () => ({ data: { show: { cast: { totalCount: 7 } } } })),
    );

    // Slots come back: once the burst is over, an export is served again.
    expect((await fetch(`${server.url}${EXPORT_PATH}`)).status).toBe(200);
  });
});
