import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

import type { EmbeddedNeo4jConfig } from "../../config/config.js";
import { EMBEDDED_PASSWORD_FILE, embeddedPassword } from "./embedded-password.js";
import { javaArguments } from "./java-arguments.js";

const READY_LINE = /^SHOWGRAPH_NEO4J_READY (\S+)$/;
const FAILED_LINE = /^SHOWGRAPH_NEO4J_FAILED (.*)$/;
const STOP_GRACE_MS = 40_000;
const OUTPUT_LINES_KEPT = 40;

export class EmbeddedNeo4jStartError extends Error {
  override name = "EmbeddedNeo4jStartError";
}

export interface RunningEmbeddedNeo4j {
  /** bolt://127.0.0.1:PORT */
  uri: string;
  pid: number;
  /** Who the driver logs in as: authentication is on (EmbeddedNeo4j.java). */
  username: string;
  password: string;
  /** Resolves when the JVM exits, for whatever reason, with how it ended ("SIGKILL", "code 1"). */
  exited: Promise<string>;
  /** Resolves once the JVM has exited; safe to call more than once. */
  stop(): Promise<void>;
}

function tailOfFile(path: string, lines: number): string {
  return existsSync(path) ? readFileSync(path, "utf8").split("\n").slice(-lines).join("\n") : "";
}

/** Neo4j's words when another process holds the store's lock (org.neo4j.io.locker). */
const STORE_LOCKED = /FileLockException|store_lock/;

/**
 * Why a second Neo4j cannot open a home a running one holds (a service on the same
 * NEO4J_EMBEDDED_HOME while `showgraph ingest` starts, for example), and what to do instead.
 */
function storeInUse(home: string): string {
  return (
    `its data folder is in use by another process (a running showgraph, or another command on the same ` +
    `NEO4J_EMBEDDED_HOME). Stop that process, or point this command at its Neo4j: NEO4J_URI=bolt://127.0.0.1:<its ` +
    `Bolt port, in its "ready" line>, NEO4J_PASSWORD from ${join(home, EMBEDDED_PASSWORD_FILE)}`
  );
}

/**
 * Starts Neo4j in a child JVM and resolves when it accepts Bolt connections.
 *
 * The child's stdin is a pipe that we never write to and never close while we want Neo4j: when
 * this process dies for any reason, even SIGKILL, the OS closes the pipe and the JVM shuts itself
 * down, so no orphaned Neo4j keeps the store locked.
 */
export async function startEmbeddedNeo4j(config: EmbeddedNeo4jConfig): Promise<RunningEmbeddedNeo4j> {
  mkdirSync(config.home, { recursive: true });
  const password = embeddedPassword(config.home, config.password);
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, "bin", "java") : "java";
  const child = spawn(java, javaArguments(config), {
    stdio: ["pipe", "pipe", "pipe"],
    // Not an argument: a process's arguments are visible to every local user, its environment is not.
    env: { ...process.env, SHOWGRAPH_NEO4J_PASSWORD: password },
  });
  const recentOutput: string[] = [];
  const remember = (line: string) => {
    recentOutput.push(line);
    if (recentOutput.length > OUTPUT_LINES_KEPT) {
      recentOutput.shift();
    }
  };
  createInterface({ input: child.stderr }).on("line", remember);
  const exited = new Promise<string>((resolveExit) =>
    child.once("exit", (code, signal) => resolveExit(signal ?? `code ${code}`)),
  );

  const describeFailure = (reason: string) =>
    new EmbeddedNeo4jStartError(
      [
        `The embedded Neo4j did not start: ${reason}.`,
        `Its home is ${config.home}.`,
        recentOutput.length > 0 ? `Last output:\n${recentOutput.join("\n")}` : "",
        `Tail of ${join(config.home, "logs", "debug.log")}:\n${tailOfFile(join(config.home, "logs", "debug.log"), 20)}`,
      ]
        .filter(Boolean)
        .join("\n"),
    );

  const uri = await new Promise<string>((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(describeFailure(`not ready within ${config.startTimeoutMs} ms`));
    }, config.startTimeoutMs);
    const settle = (action: () => void) => {
      clearTimeout(timer);
      action();
    };
    createInterface({ input: child.stdout }).on("line", (line) => {
      const ready = READY_LINE.exec(line);
      const failed = FAILED_LINE.exec(line);
      if (ready?.[1]) {
        settle(() => resolveReady(ready[1] as string));
      } else if (failed) {
        const reason = failed[1] ?? "unknown error";
        settle(() => reject(describeFailure(STORE_LOCKED.test(reason) ? storeInUse(config.home) : reason)));
      } else {
        remember(line);
      }
    });
    child.once("error", (error: NodeJS.ErrnoException) =>
      settle(() =>
        reject(
          error.code === "ENOENT"
            ? new EmbeddedNeo4jStartError(
                `Java was not found (${java}): install JDK 17, or set NEO4J_URI to use another Neo4j.`,
              )
            : describeFailure(error.message),
        ),
      ),
    );
    child.once("exit", (code, signal) =>
      settle(() => reject(describeFailure(`the JVM exited (${signal ?? `code ${code}`})`))),
    );
  });

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const killer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
        await exited;
        clearTimeout(killer);
      }
    })();
    return stopping;
  };
  return { uri, pid: child.pid ?? -1, username: config.username, password, exited, stop };
}
