import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { loadConfig } from "../../src/config/config.js";
import type { ExportSlotLimits } from "../../src/export/export-slots.js";
import type { TransactionRecord } from "../../src/neo4j/cypher-executor.js";
import { buildGraphQLSchema } from "../../src/schema/build-graphql-schema.js";
import type { RunningHttpServer } from "../../src/server/start-http-server.js";
import { startHttpServer } from "../../src/server/start-http-server.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

/**
 * Exports cannot starve GraphQL, and a burst of them is served rather than refused (issue 11,
 * "mixed load"; docs/reliability.md): at most EXPORT_MAX_CONCURRENT run in Neo4j at once, the
 * rest wait in a bounded line, and only past its bounds (EXPORT_QUEUE_MAX waiting, or
 * EXPORT_QUEUE_TIMEOUT_MS waited) is one refused with 503 EXPORTS_BUSY and Retry-After. Every
 * GraphQL request sent at the same moment is answered. Proven by counts.
 */
const EXPORTS = 20;
const QUERIES = 20;
const EXPORT_PATH = "/export/neighborhood?id=U2hvdzpoaXQtYW5kLXJ1bg&depth=2&format=json";
const CAST_QUERY = '{ show(name: "Hit & Run") { cast { totalCount } } }';
const CAST_ANSWER = { data: { show: { cast: { totalCount: 7 } } } };

interface ExportAnswer {
  status: number;
  retryAfter: string | null;
  body: { error?: { code: string; message: string } };
}

async function sendExport(url: string): Promise<ExportAnswer> {
  const response = await fetch(`${url}${EXPORT_PATH}`);
  return {
    status: response.status,
    retryAfter: response.headers.get("retry-after"),
    body: await response.json(),
  };
}

async function sendQuery(url: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: CAST_QUERY }),
  });
  return response.json();
}

/** The most export transactions that were open in Neo4j at one moment. */
function mostAtOnce(transactions: { start: number; end: number }[]): number {
  const edges = transactions.flatMap(({ start, end }) => [
    { at: start, change: 1 },
    { at: end, change: -1 },
  ]);
  // At equal times an end comes first: back-to-back transactions do not overlap.
  edges.sort((a, b) => a.at - b.at || a.change - b.change);
  let open = 0;
  let most = 0;
  for (const { change } of edges) {
    open += change;
    most = Math.max(most, open);
  }
  return most;
}

/**
 * Sends EXPORTS exports at once: at least `leastServed` are served and the rest refused with
 * EXPORTS_BUSY, Retry-After and `message`, at least one of them; then, the burst over, one more
 * is served (the slot came back).
 */
async function expectBurstPartlyRefused(url: string, leastServed: number, message: RegExp): Promise<void> {
  const exported = await Promise.all(Array.from({ length: EXPORTS }, () => sendExport(url)));
  const served = exported.filter(({ status }) => status === 200);
  const refused = exported.filter(({ status }) => status === 503);
  expect(served.length + refused.length).toBe(EXPORTS);
  expect(served.length).toBeGreaterThanOrEqual(leastServed);
  expect(refused.length).toBeGreaterThanOrEqual(1);
  for (const refusal of refused) {
    expect(refusal.retryAfter).toBe("2");
    expect(refusal.body).toMatchObject({ error: { code: "EXPORTS_BUSY" } });
    expect(refusal.body.error?.message).toMatch(message);
  }
  expect((await sendExport(url)).status).toBe(200);
}

describe("exports under load", { timeout: 180_000 }, () => {
  let database: TestExecutor;
  const servers: RunningHttpServer[] = [];
  const exportTransactions: { start: number; end: number }[] = [];

  async function serverWith(exportSlots: ExportSlotLimits): Promise<string> {
    const server = await startHttpServer({
      schema: await buildGraphQLSchema(),
      executor: database.executor,
      host: "127.0.0.1",
      port: 0,
      introspection: false,
      exportMaxElements: 50_000,
      exportSlots,
      limits: loadConfig({ NODE_ENV: "test" }).limits,
    });
    servers.push(server);
    return server.url;
  }

  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
    database.executor.onTransaction(({ operation, durationMs }: TransactionRecord) => {
      if (operation.startsWith("export")) {
        const end = performance.now();
        exportTransactions.push({ start: end - durationMs, end });
      }
    });
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await database.close();
  });

  it("serves a burst of exports one at a time, in line, while GraphQL keeps answering", async () => {
    // A wait no loaded machine reaches: this test is about the line, not its bound.
    const url = await serverWith({ maxConcurrent: 1, maxQueued: EXPORTS, queueTimeoutMs: 120_000 });
    exportTransactions.length = 0;
    const exports = Array.from({ length: EXPORTS }, () => sendExport(url));
    const queries = Array.from({ length: QUERIES }, () => sendQuery(url));

    const exported = await Promise.all(exports);
    expect(exported.map(({ status }) => status)).toEqual(Array.from({ length: EXPORTS }, () => 200));
    expect(await Promise.all(queries)).toEqual(Array.from({ length: QUERIES }, () => CAST_ANSWER));
    // Each export is a few statements, one after the other: never two exports in Neo4j at once.
    expect(exportTransactions.length).toBeGreaterThanOrEqual(EXPORTS);
    expect(mostAtOnce(exportTransactions)).toBe(1);
  });

  it("refuses an export with 503 EXPORTS_BUSY once it has waited EXPORT_QUEUE_TIMEOUT_MS", async () => {
    // 1 ms: whoever is behind the first export in line has waited longer than that by its turn.
    const url = await serverWith({ maxConcurrent: 1, maxQueued: EXPORTS, queueTimeoutMs: 1 });
    await expectBurstPartlyRefused(url, 1, /waited 1 ms for its turn.*EXPORT_QUEUE_TIMEOUT_MS/);
  });

  it("refuses an export at once with 503 EXPORTS_BUSY when EXPORT_QUEUE_MAX are waiting", async () => {
    const url = await serverWith({ maxConcurrent: 1, maxQueued: 2, queueTimeoutMs: 120_000 });
    // One running and two in line are served; the line was full for at least the next one.
    await expectBurstPartlyRefused(url, 3, /2 more are waiting.*EXPORT_QUEUE_MAX/);
  });
});
