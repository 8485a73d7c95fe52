import type { EmbeddedNeo4jConfig } from "../../config/config.js";
import type { RunningEmbeddedNeo4j } from "./start-embedded-neo4j.js";
import { EmbeddedNeo4jStartError, startEmbeddedNeo4j } from "./start-embedded-neo4j.js";
import { WARM_UP_MS } from "./warm-up-admission.js";

/** The first wait before a restart; each failed attempt doubles it, up to RESTART_DELAY_MAX_MS. */
const RESTART_DELAY_FIRST_MS = 500;
const RESTART_DELAY_MAX_MS = 30_000;
/** A JVM that ran this long before dying counts as healthy: its restarts start again from one. */
const STABLE_RUN_MS = 60_000;

/**
 * "warming": serving again after a restart, but cold for WARM_UP_MS (warm-up-admission.ts lets
 * only a few transactions in at once meanwhile).
 */
export type EmbeddedNeo4jState = "running" | "warming" | "restarting" | "stopped";

/** The embedded Neo4j, kept running: started again on the same port and data when its JVM dies. */
export interface SupervisedEmbeddedNeo4j {
  /** bolt://127.0.0.1:PORT, the same across restarts, so the driver's URI stays valid. */
  uri: string;
  username: string;
  password: string;
  /** "restarting" from the JVM's death until a new one accepts Bolt connections. */
  state(): EmbeddedNeo4jState;
  /** The running JVM's process id; undefined while it is restarting. */
  pid(): number | undefined;
  /** Stops the JVM for good (no restart); waits for a restart under way to finish first. */
  stop(): Promise<void>;
}

export interface SupervisionOptions {
  log: (line: string) => void;
  /** Restarts ran out (EmbeddedNeo4jConfig.restarts): the caller should exit non-zero. */
  onGiveUp: (error: EmbeddedNeo4jStartError) => void;
}

/** 0.5, 1, 2, 4 ... 30 s before restart attempt 1, 2, 3 ... */
export function restartDelayMs(attempt: number): number {
  return Math.min(RESTART_DELAY_FIRST_MS * 2 ** (attempt - 1), RESTART_DELAY_MAX_MS);
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

/**
 * Starts the embedded Neo4j and watches its JVM: when it exits unasked (killed, crashed, out of
 * memory), it is started again on the same Bolt port and data folder after a growing wait, with a
 * log line for each death and each attempt. After `config.restarts` failed attempts in a row,
 * `onGiveUp` is called so that the process can exit and its own supervisor take over.
 */
export async function superviseEmbeddedNeo4j(
  config: EmbeddedNeo4jConfig,
  { log, onGiveUp }: SupervisionOptions,
): Promise<SupervisedEmbeddedNeo4j> {
  const first = await startEmbeddedNeo4j(config);
  // A port picked by the OS (0) is kept: the driver and its pool point at it.
  const sameEndpoint = { ...config, boltPort: Number(new URL(first.uri).port) };
  let current: RunningEmbeddedNeo4j | undefined = first;
  let state: EmbeddedNeo4jState = "running";
  // A function, not a comparison: `state` changes while restart() awaits.
  const stopped = () => state === "stopped";
  let failedAttempts = 0;
  let restarting: Promise<void> | undefined;

  const restart = async () => {
    while (failedAttempts < config.restarts) {
      failedAttempts += 1;
      const delay = restartDelayMs(failedAttempts);
      log(
        `Restarting the embedded Neo4j in ${delay / 1000} s (attempt ${failedAttempts} of ${config.restarts})`,
      );
      await new Promise((resolveLater) => setTimeout(resolveLater, delay));
      if (stopped()) {
        return;
      }
      const started = Date.now();
      try {
        const next = await startEmbeddedNeo4j(sameEndpoint);
        if (stopped()) {
          await next.stop();
          return;
        }
        log(
          `The embedded Neo4j is back at ${next.uri} (pid ${next.pid}), started in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
        watch(next);
        warmUp();
        return;
      } catch (error) {
        log(`The embedded Neo4j did not restart: ${firstLine(error)}`);
      }
    }
    onGiveUp(
      new EmbeddedNeo4jStartError(
        `The embedded Neo4j died and ${config.restarts} restarts failed (NEO4J_EMBEDDED_RESTARTS); giving up. Its home is ${config.home}.`,
      ),
    );
  };

  function warmUp(): void {
    state = "warming";
    setTimeout(() => {
      if (state === "warming") {
        state = "running";
        log(
          `The embedded Neo4j is warm (${WARM_UP_MS / 1000} s after its restart): no more limit on transactions`,
        );
      }
    }, WARM_UP_MS).unref();
  }

  function watch(running: RunningEmbeddedNeo4j): void {
    current = running;
    state = "running";
    const since = Date.now();
    void running.exited.then((how) => {
      if (stopped()) {
        return;
      }
      current = undefined;
      state = "restarting";
      if (Date.now() - since >= STABLE_RUN_MS) {
        failedAttempts = 0;
      }
      log(`The embedded Neo4j (pid ${running.pid}) exited unexpectedly (${how})`);
      restarting = restart();
    });
  }
  watch(first);

  return {
    uri: first.uri,
    username: first.username,
    password: first.password,
    state: () => state,
    pid: () => current?.pid,
    async stop() {
      state = "stopped";
      await restarting;
      await current?.stop();
    },
  };
}
