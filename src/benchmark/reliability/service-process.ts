import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";

import { projectRoot } from "../../common/project-root.js";

// The ready event, a JSON line from the service's logger (or the same sentence on a terminal).
const READY_LINE = /showgraph ready in [\d.]+ s at (http:\/\/[^\s"]+)\/graphql/;

/** The compiled service (node dist/main.js) as a user starts it, on its own ports and data folder. */
export interface ServiceProcess {
  /** e.g. http://127.0.0.1:43210 */
  url: string;
  pid: number;
  /** True once the process has exited, for whatever reason. */
  exited(): boolean;
  /** How it exited: `code 1`, `SIGKILL`... */
  exitReason(): string | undefined;
  /** Lines the service printed, for a report when it dies. */
  output: string[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Starts `node dist/main.js` with an embedded Neo4j in `neo4jHome` (seeded on first start, as
 * `npm start` does) and resolves with its URL once it prints that it is ready.
 */
export async function startServiceProcess(neo4jHome: string, timeoutMs = 600_000): Promise<ServiceProcess> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(projectRoot, "dist", "main.js")], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEO4J_EMBEDDED_HOME: neo4jHome,
      NEO4J_EMBEDDED_BOLT_PORT: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const keep = (line: string) => {
    output.push(line);
    if (output.length > 200) {
      output.shift();
    }
  };
  let exitReason: string | undefined;
  child.once("exit", (code, signal) => {
    exitReason = signal ?? `code ${code}`;
  });
  createInterface({ input: child.stderr! }).on("line", keep);
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the service was not ready within ${timeoutMs} ms`)),
      timeoutMs,
    );
    createInterface({ input: child.stdout! }).on("line", (line) => {
      keep(line);
      const ready = READY_LINE.exec(line);
      if (ready?.[1]) {
        clearTimeout(timer);
        resolveUrl(ready[1].replace("localhost", "127.0.0.1"));
      }
    });
    child.once("exit", () => {
      clearTimeout(timer);
      reject(
        new Error(`the service exited (${exitReason}) before it was ready:\n${output.slice(-20).join("\n")}`),
      );
    });
  });
  return {
    url,
    pid: child.pid ?? -1,
    exited: () => exitReason !== undefined,
    exitReason: () => exitReason,
    output,
    stop: async () => {
      if (exitReason === undefined) {
        const exited = new Promise((resolveExit) => child.once("exit", resolveExit));
        child.kill("SIGTERM");
        const killer = setTimeout(() => child.kill("SIGKILL"), 60_000);
        await exited;
        clearTimeout(killer);
      }
    },
  };
}
