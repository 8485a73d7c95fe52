import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { loadConfig } from "../../src/config/config.js";
import type { RunningHttpServer } from "../../src/server/start-http-server.js";
import { startHttpServer } from "../../src/server/start-http-server.js";
import { buildGraphQLSchema } from "../../src/schema/build-graphql-schema.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";
import { postGraphql } from "./post-graphql.js";

// Each show's cast is a second round trip after the list of shows, each person a third.
const SHOWS_AND_CASTS = `{ shows(first: 5) { nodes { title cast(first: 5) { nodes { person { name } } } } } }`;

describe("the wall-clock budget and the response size cap of a /graphql request", () => {
  let database: TestExecutor;
  const servers: RunningHttpServer[] = [];
  const start = async (environment: Record<string, string>) => {
    const server = await startHttpServer({
      schema: await buildGraphQLSchema(),
      executor: database.executor,
      host: "127.0.0.1",
      port: 0,
      introspection: true,
      exportMaxElements: 1_000,
      limits: loadConfig({ ...environment, NODE_ENV: "test" }).limits,
    });
    servers.push(server);
    return server;
  };
  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
  });
  afterAll(async () => {
    for (const server of servers) {
      await server.stop();
    }
    await database.close();
  });

  it("answers REQUEST_TIMEOUT (503) at the deadline and starts no statement after it", async () => {
    const unbounded = await start({});
    database.statements.length = 0;
    const full = await postGraphql(unbounded.url, SHOWS_AND_CASTS);
    expect(full.body.errors).toBeUndefined();
    const statementsWithoutBudget = database.statements.length;
    expect(statementsWithoutBudget).toBeGreaterThanOrEqual(2);

    const hurried = await start({ REQUEST_TIMEOUT_MS: "1" });
    database.statements.length = 0;
    const answer = await postGraphql(hurried.url, SHOWS_AND_CASTS);
    expect(answer.status).toBe(503);
    expect(answer.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/longer than its budget of 1 ms/) as unknown,
          extensions: { code: "REQUEST_TIMEOUT", budgetMs: 1 },
        },
      ],
    });
    expect(answer.elapsedMs).toBeLessThan(5_000);
    // Whatever was still running has had time to finish: it started nothing more.
    await new Promise((resolveLater) => setTimeout(resolveLater, 1_000));
    expect(database.statements.length).toBeLessThan(statementsWithoutBudget);
    expect(database.statements.length).toBeLessThanOrEqual(1);
  });

  it("replaces a response over RESPONSE_MAX_BYTES whole with RESPONSE_TOO_LARGE (400)", async () => {
    const capped = await start({ RESPONSE_MAX_BYTES: "100" });
    const answer = await postGraphql(capped.url, SHOWS_AND_CASTS);
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toEqual([
      {
        message: expect.stringMatching(/over the limit of 100 \(RESPONSE_MAX_BYTES\)/) as unknown,
        extensions: { code: "RESPONSE_TOO_LARGE", bytes: expect.any(Number) as unknown, maxBytes: 100 },
      },
    ]);
    const small = await postGraphql(capped.url, `{ show(name: "Hit & Run") { title } }`);
    expect(small.status).toBe(200);
    expect(small.body).toEqual({ data: { show: { title: "Hit & Run" } } });
  });
});
