import type { ChildProcess } from "node:child_process";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";

/**
 * The service as `npm start` runs it: compiled by tsc, in its own process, starting its own
 * embedded Neo4j. These tests prove what a user sees: it serves, it stops cleanly, and it never
 * leaves a Java process behind, not even when it is killed.
 */

/** A cold start of the JVM, migrations and seed: generous, because CI machines are shared. */
const START_TIMEOUT_MS = 240_000;

const READY = /showgraph ready in [\d.]+ s at (http:\/\/\S+)\/graphql/;

interface StartedService {
  process: ChildProcess;
  url: string;
  output: string[];
}

function childPids(pid: number): number[] {
  const result = spawnSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" });
  return result.stdout
    .split("\n")
    .map((line) => Number(line.trim()))
    .filter((child) => child > 0);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) {
      return true;
    }
    await new Promise((resolveLater) => setTimeout(resolveLater, 200));
  }
  return condition();
}

function startService(environment: Record<string, string>): Promise<StartedService> {
  const child = spawn(process.execPath, [join(projectRoot, "dist", "main.js")], {
    cwd: projectRoot,
    // NODE_ENV as a user has it: vitest sets "test", which changes what libraries do on signals.
    env: {
      ...process.env,
      NODE_ENV: "development",
      PORT: "0",
      NEO4J_EMBEDDED_BOLT_PORT: "0",
      NEO4J_URI: "",
      ...environment,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  createInterface({ input: child.stderr }).on("line", (line) => output.push(line));
  return new Promise((resolveStarted, reject) => {
    createInterface({ input: child.stdout }).on("line", (line) => {
      output.push(line);
      const ready = READY.exec(line);
      if (ready?.[1]) {
        resolveStarted({ process: child, url: ready[1], output });
      }
    });
    child.once("exit", (code) => reject(new Error(`service exited (${code}):\n${output.join("\n")}`)));
  });
}

async function postGraphQL(url: string, query: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

describe("the service process", () => {
  let home: string;
  beforeAll(() => {
    execFileSync(join(projectRoot, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], {
      cwd: projectRoot,
    });
    home = mkdtempSync(join(tmpdir(), "showgraph-service-"));
  });
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it(
    "starts on its embedded Neo4j seeded, answers over HTTP, and Ctrl-C leaves no Java behind",
    async () => {
      const service = await startService({ NEO4J_EMBEDDED_HOME: home });
      const [javaPid] = childPids(service.process.pid ?? -1);
      expect(javaPid).toBeGreaterThan(0);
      expect(service.output.join("\n")).toMatch(/Seeded an empty database/);

      expect(await (await fetch(`${service.url}/health`)).json()).toEqual({ status: "ok", database: "up" });
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
