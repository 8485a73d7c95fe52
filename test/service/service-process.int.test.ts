import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

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

/**
 * The service as `npm start` runs it: compiled by tsc, in its own process, starting its own
 * embedded Neo4j. These tests prove what a user sees: it serves, it stops cleanly, and it never
 * leaves a Java process behind, not even when it is killed.
 */

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
