import type { ChildProcess } from "node:child_process";
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";

import { projectRoot } from "../../src/common/project-root.js";

/**
 * The compiled service (dist/main.js) in a process of its own, as a user runs it, with its
 * standard output and error kept line by line. Build it first (tsc -p tsconfig.build.json).
 */
const READY = /showgraph ready in [\d.]+ s at (http:\/\/\S+)\/graphql/;

export interface StartedService {
  process: ChildProcess;
  url: string;
  output: string[];
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

export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) {
      return true;
    }
    await new Promise((resolveLater) => setTimeout(resolveLater, 200));
  }
  return condition();
}

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

/** Compiles the service as `npm start` does (the explorer's assets are not needed by these tests). */
export function buildService(): void {
  execFileSync(join(projectRoot, "node_modules", ".bin", "tsc"), ["-p", "tsconfig.build.json"], {
    cwd: projectRoot,
  });
}
