import { Writable } from "node:stream";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import { StartupProgress } from "../../src/health/startup-progress.js";
import { registerDriverPoolMetrics } from "../../src/observability/driver-pool-metrics.js";
import { createObservability } from "../../src/observability/observability.js";
import type { RunningHttpServer } from "../../src/server/start-http-server.js";
import { startHttpServer } from "../../src/server/start-http-server.js";
import { testServerOptions } from "../support/test-http-server.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

/** Log lines as the service writes them (one JSON object a line), kept for the test to read. */
class LogLines extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  readonly raw: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void): void {
    for (const line of chunk.toString().split("\n").filter(Boolean)) {
      this.raw.push(line);
      this.lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    done();
  }
  /** The line the service writes when request `id` ends. */
  completed(id: string): Record<string, unknown> | undefined {
    return this.lines.find(
      (line) => line.msg === "request completed" && (line.req as { id?: string }).id === id,
    );
  }
}

const CAST = "query CastOf($title: String!) { show(name: $title) { cast { totalCount } } }";
const SECRET_TITLE = "Hit & Run";
const BEARER = "Bearer s3cr3t-t0ken-never-logged";

/** One Prometheus sample's value, or 0 when the series is absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split("\n")) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match?.[1] === name && wanted.every((pair) => (match[2] ?? "").split(",").includes(pair))) {
      return Number(match[3]);
    }
  }
  return 0;
}

describe("logs and metrics of the HTTP server", { timeout: 120_000 }, () => {
  let database: TestExecutor;
  let server: RunningHttpServer;
  let separate: RunningHttpServer;
  const logs = new LogLines();

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
  const metrics = async () => (await fetch(`${server.url}/metrics`)).text();
  const serverOptions = () => testServerOptions(database.executor);

  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
    const options = await serverOptions();
    const observability = createObservability(
      {
        logLevel: "debug",
        metrics: { enabled: true, port: undefined },
        shutdownGraceMs: 1000,
        shutdownDrainMs: 0,
      },
      logs,
    );
    registerDriverPoolMetrics(observability.metrics!.registry, database.driver);
    server = await startHttpServer({ ...options, observability });
    separate = await startHttpServer({
      ...options,
      observability: createObservability(
        {
          logLevel: "silent",
          metrics: { enabled: true, port: 0 },
          shutdownGraceMs: 1000,
          shutdownDrainMs: 0,
        },
        logs,
      ),
    });
  });
  afterAll(async () => {
    await server?.stop();
    await separate?.stop();
    await database?.close();
  });

  it("logs each request as one JSON line with its id, operation, Neo4j time and statements, client address", async () => {
    const response = await post(
      { query: CAST, variables: { title: SECRET_TITLE } },
      { "x-request-id": "client-chosen-42" },
    );
    expect(response.headers.get("x-request-id")).toBe("client-chosen-42");
    expect(await response.json()).toEqual({ data: { show: { cast: { totalCount: 7 } } } });

    const line = logs.completed("client-chosen-42");
    expect(line).toMatchObject({
      level: 30,
      service: "showgraph",
      msg: "request completed",
      req: { method: "POST", path: "/graphql", remoteAddress: expect.stringMatching(/127\.0\.0\.1/) },
      res: { statusCode: 200 },
      operationName: "CastOf",
    });
    expect(line?.responseTime).toEqual(expect.any(Number));
    expect(line?.statements).toBeGreaterThan(0);
    expect(line?.neo4jTransactions).toBeGreaterThan(0);
    expect(line?.neo4jMs).toBeGreaterThan(0);
  });

  it("counts a bearer token's look-up in the request's Neo4j figures", async () => {
    // Well formed but unknown: the service looks it up in Neo4j, then answers 401.
    const token = `sgt_${"0".repeat(12)}_${"A".repeat(43)}`;
    const response = await post(
      { query: "{ __typename }" },
      { authorization: `Bearer ${token}`, "x-request-id": "unknown-token-1" },
    );
    expect(response.status).toBe(401);
    expect(logs.completed("unknown-token-1")).toMatchObject({ statements: 1, neo4jTransactions: 1 });
  });

  it("makes a request id when the client gives none (or an unusable one), and returns it", async () => {
    const made = await post({ query: "{ __typename }" });
    const id = made.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const refused = await post({ query: "{ __typename }" }, { "x-request-id": "bad id\twith spaces" });
    expect(refused.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs.completed(id as string)).toBeDefined();
  });

  it("never logs variables, tokens or headers", async () => {
    await post(
      { query: CAST, variables: { title: SECRET_TITLE } },
      { authorization: BEARER, cookie: "session=abc" },
    );
    const everything = logs.raw.join("\n");
    expect(everything).not.toContain("s3cr3t");
    expect(everything).not.toContain(SECRET_TITLE);
    expect(everything).not.toContain("session=abc");
  });

  it("logs error codes, and the cause of a client's error at debug with the request id", async () => {
    const response = await post(
      { query: "query Broken { showz { title } }" },
      { "x-request-id": "broken-1" },
    );
    expect(response.status).toBe(400);
    expect(logs.completed("broken-1")).toMatchObject({
      level: 40,
      res: { statusCode: 400 },
      errorCodes: ["GRAPHQL_VALIDATION_FAILED"],
    });
    expect(logs.lines).toContainEqual(
      expect.objectContaining({
        level: 20,
        code: "GRAPHQL_VALIDATION_FAILED",
        req: expect.objectContaining({ id: "broken-1" }),
      }),
    );
  });

  it("counts requests by operation and outcome, errors by code, and the duration of Neo4j transactions", async () => {
    const before = await metrics();
    const okBefore = sample(before, "showgraph_http_request_duration_seconds_count", {
      route: "graphql",
      operation: "CastOf",
      outcome: "ok",
    });
    const failedBefore = sample(before, "showgraph_errors_total", {
      route: "graphql",
      code: "GRAPHQL_VALIDATION_FAILED",
    });
    await post({ query: CAST, variables: { title: SECRET_TITLE } });
    await post({ query: "query Broken { showz { title } }" });

    const after = await metrics();
    expect(
      sample(after, "showgraph_http_request_duration_seconds_count", { operation: "CastOf", outcome: "ok" }),
    ).toBe(okBefore + 1);
    expect(
      sample(after, "showgraph_errors_total", { route: "graphql", code: "GRAPHQL_VALIDATION_FAILED" }),
    ).toBe(failedBefore + 1);
    expect(
      sample(after, "showgraph_neo4j_transaction_duration_seconds_count", { mode: "read", outcome: "ok" }),
    ).toBeGreaterThan(0);
    expect(after).toMatch(/^showgraph_http_requests_in_flight 1$/m); // the scrape itself
    expect(sample(after, "showgraph_neo4j_pool_connections", { state: "idle" })).toBeGreaterThan(0);
    expect(after).toMatch(/^showgraph_neo4j_pool_connections\{.*state="in_use".*\} \d+$/m);
    expect(after).toMatch(/^process_cpu_user_seconds_total /m);
    expect(after).toMatch(/^nodejs_eventloop_lag_seconds /m);
  });

  it("counts the bytes exports send, by scope", async () => {
    const before = sample(await metrics(), "showgraph_export_bytes_total", { scope: "neighborhood" });
    const response = await fetch(
      `${server.url}/export/neighborhood?id=${toGlobalId("Person", "lior-raz")}&format=json`,
    );
    expect(response.status).toBe(200);
    const body = await response.text();
    const after = sample(await metrics(), "showgraph_export_bytes_total", { scope: "neighborhood" });
    expect(after - before).toBeGreaterThanOrEqual(Buffer.byteLength(body));
  });

  it("serves /metrics on a port of its own when METRICS names one, and then not on the service's", async () => {
    expect(separate.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const own = await fetch(separate.metricsUrl as string);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await own.text()).toContain("showgraph_http_requests_in_flight");
    expect((await fetch(`${separate.url}/metrics`)).status).toBe(404);
  });

  it("logs /ready's 503 while the service starts at info, not as an error", async () => {
    const starting = await startHttpServer({
      ...(await serverOptions()),
      readiness: { progress: new StartupProgress() },
      observability: createObservability(
        {
          logLevel: "debug",
          metrics: { enabled: false },
          shutdownGraceMs: 1000,
          shutdownDrainMs: 0,
        },
        logs,
      ),
    });
    try {
      const response = await fetch(`${starting.url}/ready`, {
        headers: { "x-request-id": "probe-starting" },
      });
      expect(response.status).toBe(503);
      expect(logs.completed("probe-starting")).toMatchObject({ level: 30, res: { statusCode: 503 } });
      expect(
        logs.lines.filter(
          (line) => line.level === 50 && (line.req as { id?: string })?.id === "probe-starting",
        ),
      ).toEqual([]);
    } finally {
      await starting.stop();
    }
  });
});
