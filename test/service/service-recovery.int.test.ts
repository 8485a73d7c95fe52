import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import type { RunningEmbeddedNeo4j } from "../../src/neo4j/embedded/start-embedded-neo4j.js";
import { startOwnNeo4j } from "../support/own-neo4j.js";
import type { StartedService } from "../support/service-process.js";
import {
  SERVICE_START_TIMEOUT_MS,
  childPids,
  isRunning,
  postGraphQL,
  startService,
  stopService,
  timed,
  waitUntil,
} from "../support/service-process.js";

/**
 * The service while its Neo4j dies and comes back (issue 11, "fast failure" and "self-recovery"):
 * every request is answered within 5 s with DATABASE_UNAVAILABLE, liveness stays 200 at once,
 * readiness says 503 within a second, and the first query succeeds within 10 s of Neo4j being
 * ready again, whether the service restarted its embedded Neo4j itself or someone restarted an
 * external one on the same port.
 */

const CAST_QUERY = '{ show(name: "Hit & Run") { cast { totalCount } } }';
const CAST_ANSWER = { data: { show: { cast: { totalCount: 7 } } } };
/**
 * Recovery is timed with a one-statement lookup: a fresh Neo4j plans every statement anew, and
 * on a loaded machine planning the cast query's statements alone can take seconds, which says
 * nothing about whether the service recovered.
 */
const LOOKUP_QUERY = '{ person(name: "Gal Toren") { name } }';
const LOOKUP_ANSWER = { data: { person: { name: "Gal Toren" } } };
const EXPORT_PATH = "/export/neighborhood?id=U2hvdzpoaXQtYW5kLXJ1bg&format=json";
/** Issue 11's bounds: an answer during an outage, and the first success after Neo4j is back. */
const OUTAGE_ANSWER_MS = 5_000;
const RECOVERY_MS = 10_000;
/**
 * While the embedded Neo4j restarts the service knows it without asking the driver: an answer
 * is a matter of milliseconds, far under the 10 s request budget and issue 11's 5 s; this bound
 * only leaves room for a loaded machine.
 */
const RESTARTING_ANSWER_MS = 2_500;
/** Requests sent at once before the kill and after recovery: a pool of several connections. */
const POOLED = 8;
/** The same bound as /ready's own, plus what a loaded machine adds to an HTTP round trip. */
const READY_ANSWER_MS = 1_500;
/** A process answering from memory; generous for the same reason. */
const HEALTH_ANSWER_MS = 500;

/** What a client sees while Neo4j is away: fast, typed failures and an honest /ready. */
async function expectFastFailure(service: StartedService): Promise<void> {
  const health = await timed(() => fetch(`${service.url}/health`));
  expect(health.answer.status).toBe(200);
  expect(health.ms).toBeLessThan(HEALTH_ANSWER_MS);

  const ready = await timed(() => fetch(`${service.url}/ready`));
  expect(ready.answer.status).toBe(503);
  expect(ready.ms).toBeLessThan(READY_ANSWER_MS);
  expect(await ready.answer.json()).toMatchObject({ status: "not ready", reasons: [expect.any(String)] });

  const queries = await Promise.all([1, 2, 3].map(() => timed(() => postGraphQL(service.url, CAST_QUERY))));
  console.log(`outage: /health ${health.ms.toFixed(0)} ms, /ready ${ready.ms.toFixed(0)} ms`);
  for (const { answer, ms } of queries) {
    console.log(`outage: GraphQL answered in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(OUTAGE_ANSWER_MS);
    expect(answer).toMatchObject({ errors: [{ extensions: { code: "DATABASE_UNAVAILABLE" } }] });
  }

  const exported = await timed(() => fetch(`${service.url}${EXPORT_PATH}`));
  expect(exported.ms).toBeLessThan(OUTAGE_ANSWER_MS);
  expect(exported.answer.status).toBe(503);
  expect(exported.answer.headers.get("content-type")).toMatch(/^application\/json/);
  expect(await exported.answer.json()).toMatchObject({ error: { code: "DATABASE_UNAVAILABLE" } });
}

/** `count` requests sent at once. */
function concurrently<T>(count: number, request: () => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: count }, request));
}

/**
 * Sends a GraphQL request and an export, in turn, until `done()`: each answer's code (the GraphQL
 * error's, or the export's JSON error's) and how long it took.
 */
async function answersUntil(
  service: StartedService,
  done: () => boolean,
  timeoutMs: number,
): Promise<{ code: string | undefined; ms: number }[]> {
  const answers: { code: string | undefined; ms: number }[] = [];
  const until = Date.now() + timeoutMs;
  while (!done() && Date.now() < until) {
    const query = await timed(() => postGraphQL(service.url, CAST_QUERY));
    const { errors } = query.answer as { errors?: { extensions?: { code?: string } }[] };
    answers.push({ code: errors?.[0]?.extensions?.code, ms: query.ms });
    const exported = await timed(async () => (await fetch(`${service.url}${EXPORT_PATH}`)).json());
    answers.push({ code: (exported.answer as { error?: { code?: string } }).error?.code, ms: exported.ms });
    await new Promise((resolveLater) => setTimeout(resolveLater, 200));
  }
  // The supervisor serves again a moment before its "is back" line reaches us: successes at the
  // end were sent after that; one followed by a failure would still fail the test.
  while (answers.length > 0 && answers.at(-1)?.code === undefined) {
    answers.pop();
  }
  return answers;
}

/** Milliseconds from `readyAt` until a query succeeds (polled every 200 ms); logged for docs/reliability.md. */
async function millisecondsUntilServed(
  service: StartedService,
  readyAt: number,
  what: string,
): Promise<number> {
  const served = await waitUntil(
    async () =>
      JSON.stringify(await postGraphQL(service.url, LOOKUP_QUERY)) === JSON.stringify(LOOKUP_ANSWER),
    RECOVERY_MS * 6,
  );
  expect(served).toBe(true);
  const ms = Date.now() - readyAt;
  console.log(`${what}: first query served ${ms} ms after Neo4j was ready`);
  return ms;
}

describe("the service while Neo4j dies and comes back", () => {
  const folder = mkdtempSync(join(tmpdir(), "showgraph-recovery-"));
  beforeAll(() => {
    execFileSync(join(projectRoot, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], {
      cwd: projectRoot,
    });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it(
    "restarts its embedded Neo4j after kill -9, failing fast meanwhile, and serves again",
    async () => {
      const service = await startService({ NEO4J_EMBEDDED_HOME: join(folder, "embedded") });
      try {
        const [javaPid] = childPids(service.process.pid ?? -1);
        expect(await postGraphQL(service.url, CAST_QUERY)).toEqual(CAST_ANSWER);
        // Several at once, so that the driver's pool holds several connections when the JVM dies.
        expect(await concurrently(POOLED, () => postGraphQL(service.url, LOOKUP_QUERY))).toEqual(
          Array.from({ length: POOLED }, () => LOOKUP_ANSWER),
        );

        process.kill(javaPid as number, "SIGKILL");
        expect(await waitUntil(() => !isRunning(javaPid as number), 10_000)).toBe(true);
        await expectFastFailure(service);

        // Until the new JVM has said it is ready (its port may listen long before Neo4j serves),
        // every request is answered at once, never after waiting for the 10 s request budget.
        const back = () => service.output.some((line) => line.includes("The embedded Neo4j is back at"));
        const whileRestarting = await answersUntil(service, back, SERVICE_START_TIMEOUT_MS);
        const readyAt = Date.now();
        console.log(
          `restarting: ${whileRestarting.length} requests, slowest ${Math.max(...whileRestarting.map(({ ms }) => ms)).toFixed(0)} ms`,
        );
        expect(whileRestarting.length).toBeGreaterThanOrEqual(3);
        for (const { code, ms } of whileRestarting) {
          expect(code).toBe("DATABASE_UNAVAILABLE");
          expect(ms).toBeLessThan(RESTARTING_ANSWER_MS);
        }
        expect(await millisecondsUntilServed(service, readyAt, "embedded")).toBeLessThanOrEqual(RECOVERY_MS);
        // No dead connection is handed out of the pool: as many requests at once as before the kill
        // (the lookup, whose plan the new JVM has by now: see LOOKUP_QUERY), once the warm-up,
        // which lets only a few transactions into the cold JVM at once, is over.
        const warm = () => service.output.some((line) => line.includes("The embedded Neo4j is warm"));
        expect(await waitUntil(warm, 30_000)).toBe(true);
        expect(await concurrently(POOLED, () => postGraphQL(service.url, LOOKUP_QUERY))).toEqual(
          Array.from({ length: POOLED }, () => LOOKUP_ANSWER),
        );

        const log = service.output.join("\n");
        expect(log).toMatch(/The embedded Neo4j \(pid \d+\) exited unexpectedly \(SIGKILL\)/);
        expect(log).toMatch(/Restarting the embedded Neo4j in 0\.5 s \(attempt 1 of 5\)/);
        const [newJavaPid] = childPids(service.process.pid ?? -1);
        expect(newJavaPid).not.toBe(javaPid);
        expect((await fetch(`${service.url}/ready`)).status).toBe(200);

        expect(await stopService(service)).toBe(0);
        expect(isRunning(newJavaPid as number)).toBe(false);
      } finally {
        service.process.kill("SIGKILL");
      }
    },
    SERVICE_START_TIMEOUT_MS * 2,
  );

  it(
    "serves again within 10 s when an external Neo4j is killed and restarted on the same port",
    async () => {
      const external = join(folder, "external");
      let neo4j: RunningEmbeddedNeo4j = await startOwnNeo4j(external);
      const service = await startService({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password });
      try {
        expect(await postGraphQL(service.url, CAST_QUERY)).toEqual(CAST_ANSWER);

        process.kill(neo4j.pid, "SIGKILL");
        await neo4j.exited;
        await expectFastFailure(service);

        neo4j = await startOwnNeo4j(external, { boltPort: Number(new URL(neo4j.uri).port) });
        const readyAt = Date.now();
        expect(await millisecondsUntilServed(service, readyAt, "external")).toBeLessThanOrEqual(RECOVERY_MS);
        expect(await stopService(service)).toBe(0);
      } finally {
        service.process.kill("SIGKILL");
        await neo4j.stop();
      }
    },
    SERVICE_START_TIMEOUT_MS * 2,
  );
});
