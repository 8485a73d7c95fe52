import type { ChildProcess } from "node:child_process";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

import { projectRoot } from "../../src/common/project-root.js";

/** A cold start of the JVM, migrations and seed: generous, because CI machines are shared. */
export const SERVICE_START_TIMEOUT_MS = 240_000;

const READY = /showgraph ready in [\d.]+ s at (http:\/\/\S+)\/graphql/;

export interface StartedService {
  process: ChildProcess;
  url: string;
  /** Everything it printed so far, stdout and stderr, one entry per line. */
  output: string[];
}

/** The compiled service (dist/main.js) in its own process, as `npm start` runs it. */
export function startService(environment: Record<string, string>): Promise<StartedService> {
  const child = spawn(process.execPath, [join(projectRoot, "dist", "main.js")], {
    cwd: projectRoot,
    // NODE_ENV as a user has it: vitest sets "test", which changes what libraries do on signals.
    env: {
      ...process.env,
      NODE_ENV: "development",
      PORT: "0",
      NEO4J_EMBEDDED_BOLT_PORT: "0",
      NEO4J_URI: "",
      // A shared, loaded machine can take minutes for a cold JVM.
      NEO4J_EMBEDDED_START_TIMEOUT_MS: String(SERVICE_START_TIMEOUT_MS),
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

/** Stops a service with Ctrl-C and resolves with its exit code. */
export async function stopService(service: StartedService): Promise<number | null> {
  if (service.process.exitCode !== null) {
    return service.process.exitCode;
  }
  const exited = new Promise<number | null>((resolveExit) => service.process.once("exit", resolveExit));
  service.process.kill("SIGINT");
  return exited;
}

export function childPids(pid: number): number[] {
  const result = spawnSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" });
  return result.stdout
    .split("\n")
    .map((line) => Number(line.trim()))
    .filter((child) => child > 0);
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `condition` every 200 ms until it holds or `timeoutMs` passes; says which. */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) {
      return true;
    }
    await new Promise((resolveLater) => setTimeout(resolveLater, 200));
  }
  return condition();
}

export async function postGraphQL(url: string, query: string): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

/** A request's answer and how long it took, in milliseconds. */
export async function timed<T>(request: () => Promise<T>): Promise<{ answer: T; ms: number }> {
  const started = performance.now();
  const answer = await request();
  return { answer, ms: performance.now() - started };
}

/** The addresses a process listens on for TCP (`ss`), e.g. ["127.0.0.1:7687"]. */
export function listeningAddresses(pid: number): string[] {
  const result = spawnSync("ss", ["-ltnpH"], { encoding: "utf8" });
  return result.stdout
    .split("\n")
    .filter((line) => line.includes(`pid=${pid},`))
    .map((line) => line.trim().split(/\s+/)[3] ?? "");
}

/** Compiles the service (tsc -p tsconfig.build.json), so a test runs what the sources say. */
export function buildService(): void {
  execFileSync(join(projectRoot, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], {
    cwd: projectRoot,
  });
}
