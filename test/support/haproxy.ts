import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

import { projectRoot } from "../../src/common/project-root.js";

/** Debian's haproxy (installed by .ci/run), on the configuration docker-compose uses too. */
export const HAPROXY = "/usr/sbin/haproxy";
export const HAPROXY_CONFIG = join(projectRoot, "deploy", "haproxy.cfg");

export interface RunningHaproxy {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  output: string[];
  stop(): Promise<void>;
}

/** A port free right now on loopback (HAProxy cannot be told to pick one and say which). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolveListening) => server.listen(0, "127.0.0.1", resolveListening));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolveClosed) => server.close(resolveClosed));
  return port;
}

/** Throws, saying what to install, when HAProxy is missing: call it before starting anything costly. */
export function requireHaproxy(): void {
  if (!existsSync(HAPROXY)) {
    throw new Error(
      `${HAPROXY} not found: the replicas test needs Debian's HAProxy (sudo apt-get install -y --no-install-recommends haproxy).`,
    );
  }
}

/** Starts HAProxy in the foreground in front of `replicas` (host:port each, three of them). */
export async function startHaproxy(replicas: string[]): Promise<RunningHaproxy> {
  requireHaproxy();
  const port = await freePort();
  const environment = Object.fromEntries(
    replicas.map((address, index) => [`SHOWGRAPH_${index + 1}`, address]),
  );
  const child: ChildProcess = spawn(HAPROXY, ["-db", "-f", HAPROXY_CONFIG], {
    env: { ...process.env, ...environment, HAPROXY_BIND: `127.0.0.1:${port}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolveExit) => child.once("exit", () => resolveExit()));
  return {
    url: `http://127.0.0.1:${port}`,
    output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}
