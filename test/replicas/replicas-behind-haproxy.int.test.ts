import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { RunningEmbeddedNeo4j } from "../../src/neo4j/embedded/start-embedded-neo4j.js";
import type { RunningHaproxy } from "../support/haproxy.js";
import { requireHaproxy, startHaproxy } from "../support/haproxy.js";
import { startOwnNeo4j } from "../support/own-neo4j.js";
import type { StartedService } from "../support/service-process.js";
import { buildService, startService } from "../support/service-process.js";

/**
 * Item 5 of issue 16: one Neo4j, three replicas of the compiled service against it, and Debian's
 * HAProxy in front with deploy/haproxy.cfg (the file docker-compose's "replicas" profile uses).
 * Under steady load, one replica gets SIGTERM and another SIGKILL; every request's outcome is
 * counted. The figures go to docs/operations.md.
 */

const QUERY = JSON.stringify({
  query: '{ show(name: "Hit & Run") { title cast(first: 3) { totalCount } } }',
});
const CLIENTS = 8;
const LOAD_MS = 24_000;
const SIGTERM_AT_MS = 6_000;
const SIGKILL_AT_MS = 12_000;

interface Outcome {
  startedAt: number;
  endedAt: number;
  ok: boolean;
  servedBy: string | null;
  problem?: string;
}

async function ask(url: string): Promise<Outcome> {
  const startedAt = Date.now();
  try {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: QUERY,
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as { data?: { show?: { title?: string } } };
    const ok = response.status === 200 && body.data?.show?.title === "Hit & Run";
    return {
      startedAt,
      endedAt: Date.now(),
      ok,
      servedBy: response.headers.get("x-served-by"),
      ...(ok ? {} : { problem: `${response.status} ${JSON.stringify(body).slice(0, 200)}` }),
    };
  } catch (error) {
    // undici says "fetch failed" and puts what happened (ECONNRESET, "other side closed") in `cause`.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const problem = `${String(error)}${cause ? ` (${cause.code ?? cause.message})` : ""}`;
    return { startedAt, endedAt: Date.now(), ok: false, servedBy: null, problem };
  }
}

/** `clients` loops asking one after the other until `durationMs` is over. */
async function load(url: string, clients: number, durationMs: number): Promise<Outcome[]> {
  const until = Date.now() + durationMs;
  const outcomes: Outcome[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) {
        outcomes.push(await ask(url));
      }
    }),
  );
  return outcomes.sort((a, b) => a.startedAt - b.startedAt);
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? 0;
}

describe("three replicas behind HAProxy", { timeout: 900_000 }, () => {
  let folder: string;
  let neo4j: RunningEmbeddedNeo4j;
  const replicas: StartedService[] = [];
  let haproxy: RunningHaproxy;

  beforeAll(async () => {
    requireHaproxy();
    buildService();
    folder = mkdtempSync(join(tmpdir(), "showgraph-replicas-"));
    neo4j = await startOwnNeo4j(folder);
    const common = {
      NEO4J_URI: neo4j.uri,
      NEO4J_PASSWORD: neo4j.password,
      SHUTDOWN_GRACE_MS: "20000",
      METRICS: "off",
    };
    // The first replica migrates and seeds; the others find it done.
    replicas.push(await startService({ ...common, SEED_ON_START: "true" }));
    replicas.push(
      ...(await Promise.all([1, 2].map(() => startService({ ...common, SEED_ON_START: "false" })))),
    );
    haproxy = await startHaproxy(replicas.map((replica) => new URL(replica.url).host));
  });
  afterAll(async () => {
    await haproxy?.stop();
    for (const replica of replicas) {
      replica.process.kill("SIGKILL");
    }
    await neo4j?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it("loses no request to a SIGTERM, and at most those in flight to a SIGKILL", async () => {
    // Until HAProxy's checks have seen every replica up and each has served.
    const seen = new Set<string>();
    const deadline = Date.now() + 60_000;
    while (seen.size < 3 && Date.now() < deadline) {
      const outcome = await ask(haproxy.url);
      if (outcome.ok && outcome.servedBy) {
        seen.add(outcome.servedBy);
      }
    }
    expect([...seen].sort()).toEqual(["showgraph-1", "showgraph-2", "showgraph-3"]);

    const [, stopped, killed] = replicas as [StartedService, StartedService, StartedService];
    const stoppedExit = new Promise<number | null>((resolveExit) =>
      stopped.process.once("exit", resolveExit),
    );
    const started = Date.now();
    let killedAt = Number.POSITIVE_INFINITY;
    const sigterm = setTimeout(() => stopped.process.kill("SIGTERM"), SIGTERM_AT_MS);
    const sigkill = setTimeout(() => {
      killedAt = Date.now();
      killed.process.kill("SIGKILL");
    }, SIGKILL_AT_MS);
    const outcomes = await load(haproxy.url, CLIENTS, LOAD_MS);
    clearTimeout(sigterm);
    clearTimeout(sigkill);

    const failed = outcomes.filter((outcome) => !outcome.ok);
    const latencies = outcomes.map((outcome) => outcome.endedAt - outcome.startedAt);
    const figures = {
      requests: outcomes.length,
      perSecond: Math.round((outcomes.length / LOAD_MS) * 1000),
      failed: failed.length,
      failedBeforeSigkill: failed.filter((outcome) => outcome.endedAt < killedAt).length,
      p50Ms: percentile(latencies, 0.5),
      p99Ms: percentile(latencies, 0.99),
      maxMs: Math.max(...latencies),
      servedBy: Object.fromEntries(
        ["showgraph-1", "showgraph-2", "showgraph-3"].map((name) => [
          name,
          outcomes.filter((outcome) => outcome.servedBy === name).length,
        ]),
      ),
      problems: failed.slice(0, 5).map((outcome) => outcome.problem),
    };
    console.log(`replicas behind HAProxy: ${JSON.stringify(figures)}`);

    expect(await stoppedExit).toBe(0);
    expect(figures.failedBeforeSigkill).toBe(0);
    // At most one request per client can have been in flight on the killed replica.
    expect(figures.failed).toBeLessThanOrEqual(CLIENTS);
    const afterKill = outcomes.filter((outcome) => outcome.startedAt > killedAt + 3_000);
    expect(afterKill.length).toBeGreaterThan(0);
    expect(afterKill.every((outcome) => outcome.ok && outcome.servedBy === "showgraph-1")).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(LOAD_MS);
  });
});
