import { execFileSync, spawnSync } from "node:child_process";
import { once } from "node:events";
import type { IncomingMessage } from "node:http";
import { get } from "node:http";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import { EMBEDDED_PASSWORD_FILE } from "../../src/neo4j/embedded/embedded-password.js";
import {
  SERVICE_START_TIMEOUT_MS as START_TIMEOUT_MS,
  childPids,
  isRunning,
  listeningAddresses,
  postGraphQL,
  startService,
  waitUntil,
} from "../support/service-process.js";
import type { StartedService } from "../support/service-process.js";
import { openTestExecutor } from "../support/test-database.js";

/**
 * The service as `npm start` runs it: compiled by tsc, in its own process, starting its own
 * embedded Neo4j. These tests prove what a user sees: it serves, it stops cleanly, and it never
 * leaves a Java process behind, not even when it is killed.
 */

/** A GET whose response the caller reads when it likes: until then, the server's writes back up. */
async function openUnread(url: string): Promise<IncomingMessage> {
  const request = get(url);
  const [response] = (await once(request, "response")) as [IncomingMessage];
  response.pause();
  return response;
}

async function readAll(response: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of response) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** People with long names, so that exporting them is megabytes: more than socket buffers hold. */
const BIG_FIXTURE = {
  create:
    "UNWIND range($from, $to) AS i CREATE (:Person {id: 'fixture-shutdown-' + i, name: 'Fixture ' + i + ' ' + $padding, nameKey: 'fixture shutdown ' + i})",
  remove: "MATCH (n:Person) WHERE n.id STARTS WITH 'fixture-shutdown-' DETACH DELETE n",
  people: 40_000,
  batch: 4_000,
  padding: "x".repeat(500),
};

describe("the service process", () => {
  let home: string;
  beforeAll(() => {
    execFileSync(join(projectRoot, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], {
      cwd: projectRoot,
    });
    home = mkdtempSync(join(tmpdir(), "showgraph-service-"));
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  // A test that failed half-way must not leave its service holding the store for the next one.
  let running: StartedService | undefined;
  afterEach(async () => {
    if (running && running.process.exitCode === null && running.process.signalCode === null) {
      const java = childPids(running.process.pid ?? -1);
      running.process.kill("SIGKILL");
      await waitUntil(() => java.every((pid) => !isRunning(pid)), 60_000);
    }
    running = undefined;
  });

  it(
    "starts on its embedded Neo4j seeded, answers over HTTP, and Ctrl-C leaves no Java behind",
    async () => {
      const service = await startService({ NEO4J_EMBEDDED_HOME: home });
      running = service;
      const [javaPid] = childPids(service.process.pid ?? -1);
      expect(javaPid).toBeGreaterThan(0);
      expect(service.output.join("\n")).toMatch(/Seeded an empty database/);
      // Nothing beyond loopback, and the generated password readable by its owner only.
      expect(listeningAddresses(javaPid as number)).not.toEqual([]);
      for (const address of listeningAddresses(javaPid as number)) {
        // An IPv6 socket bound to 127.0.0.1 shows as [::ffff:127.0.0.1].
        expect(address).toMatch(/^(127\.0\.0\.1|\[::ffff:127\.0\.0\.1\]):\d+$/);
      }
      expect(statSync(join(home, EMBEDDED_PASSWORD_FILE)).mode & 0o777).toBe(0o600);

      expect(await (await fetch(`${service.url}/health`)).json()).toEqual({ status: "ok" });
      expect(await (await fetch(`${service.url}/ready`)).json()).toEqual({ status: "ready", reasons: [] });
      expect(await postGraphQL(service.url, '{ show(name: "Hit & Run") { cast { totalCount } } }')).toEqual({
        data: { show: { cast: { totalCount: 7 } } },
      });

      const exited = new Promise<number | null>((resolveExit) => service.process.once("exit", resolveExit));
      service.process.kill("SIGINT");
      expect(await exited).toBe(0);
      expect(isRunning(javaPid as number)).toBe(false);
    },
    START_TIMEOUT_MS,
  );

  it(
    "keeps its data across restarts, and a killed service takes its Neo4j with it",
    async () => {
      const service = await startService({ NEO4J_EMBEDDED_HOME: home });
      running = service;
      const [javaPid] = childPids(service.process.pid ?? -1);
      expect(service.output.join("\n")).not.toMatch(/Seeded/);
      expect(await postGraphQL(service.url, '{ person(name: "Gal Toren") { name } }')).toEqual({
        data: { person: { name: "Gal Toren" } },
      });

      // SIGKILL gives the service no chance to stop Neo4j: the JVM must notice on its own.
      service.process.kill("SIGKILL");
      expect(await waitUntil(() => !isRunning(javaPid as number), 60_000)).toBe(true);
    },
    START_TIMEOUT_MS,
  );

  it(
    "on SIGTERM fails readiness while draining, then refuses new connections, finishes the request in flight with 200, and exits 0",
    async () => {
      const database = await openTestExecutor(inject("neo4jUri"), inject("neo4jPassword"));
      await database.executor.write({ cypher: BIG_FIXTURE.remove }, { operation: "test", timeoutMs: 0 });
      for (let from = 1; from <= BIG_FIXTURE.people; from += BIG_FIXTURE.batch) {
        const parameters = { from, to: from + BIG_FIXTURE.batch - 1, padding: BIG_FIXTURE.padding };
        await database.executor.write(
          { cypher: BIG_FIXTURE.create, parameters },
          { operation: "test fixture", timeoutMs: 0 },
        );
      }
      try {
        const service = await startService({
          NEO4J_URI: inject("neo4jUri"),
          NEO4J_PASSWORD: inject("neo4jPassword"),
          SEED_ON_START: "false",
          EXPORT_MAX_ELEMENTS: "1000000",
          SHUTDOWN_GRACE_MS: "120000",
          SHUTDOWN_DRAIN_MS: "2000",
        });
        // A real export of every person, some 20 MB: it stays in flight until this test reads it.
        const response = await openUnread(`${service.url}/export/all?types=Person&format=csv-nodes`);
        expect(response.statusCode).toBe(200);

        const exited = new Promise<number | null>((resolveExit) => service.process.once("exit", resolveExit));
        service.process.kill("SIGTERM");
        expect(
          await waitUntil(() => service.output.some((line) => line.includes('"service.stopping"')), 10_000),
        ).toBe(true);
        // Draining: still serving, but no longer ready, and asking clients not to keep the connection.
        const ready = await fetch(`${service.url}/ready`);
        expect(ready.status).toBe(503);
        expect(await ready.json()).toEqual({ status: "not ready", reasons: ["the service is stopping"] });
        const alive = await fetch(`${service.url}/health`);
        expect(alive.status).toBe(200);
        expect(alive.headers.get("connection")).toBe("close");
        // Then the listener closes while the export is still in flight.
        expect(
          await waitUntil(
            () =>
              fetch(`${service.url}/health`).then(
                () => false,
                () => true,
              ),
            20_000,
          ),
        ).toBe(true);
        expect(service.process.exitCode).toBeNull();

        const csv = await readAll(response);
        expect(response.complete).toBe(true);
        expect(csv.trimEnd().split("\n").length).toBeGreaterThan(BIG_FIXTURE.people);
        expect(csv).toContain(`Fixture ${BIG_FIXTURE.people} x`);
        expect(await exited).toBe(0);
        const events = service.output.flatMap((line) => (line.startsWith("{") ? [JSON.parse(line)] : []));
        expect(events.map((event: { event?: string }) => event.event).filter(Boolean)).toEqual(
          expect.arrayContaining([
            "service.ready",
            "service.stopping",
            "service.stop.step",
            "service.stopped",
          ]),
        );
        type Line = { event?: string; msg?: string; req?: { path?: string }; res?: { statusCode?: number } };
        const stopping = events.findIndex((line: Line) => line.event === "service.stopping");
        const exported = events.findIndex(
          (line: Line) => line.msg === "request completed" && line.req?.path === "/export/all",
        );
        // The export ended after the signal: it was in flight, not done before.
        expect(exported).toBeGreaterThan(stopping);
        expect((events[exported] as Line).res?.statusCode).toBe(200);
      } finally {
        await database.executor.write({ cypher: BIG_FIXTURE.remove }, { operation: "test", timeoutMs: 0 });
        await database.close();
      }
    },
    2 * START_TIMEOUT_MS,
  );

  it("refuses bad configuration with one clear line and exit code 2", () => {
    const result = spawnSync(process.execPath, [join(projectRoot, "dist", "main.js")], {
      cwd: projectRoot,
      env: { ...process.env, PORT: "abc", NEO4J_URI: "not-a-uri" },
      encoding: "utf8",
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      'showgraph: Invalid configuration: PORT must be a port number (got "abc"); NEO4J_URI must be a URI such as neo4j://host:7687 or bolt://localhost:7687 (schemes: neo4j, neo4j+s, neo4j+ssc, bolt, bolt+s, bolt+ssc) (got "not-a-uri")',
    ]);
  });
});
