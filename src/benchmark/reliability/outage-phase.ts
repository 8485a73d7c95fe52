import type autocannon from "autocannon";

import { javaChildren, listeningPorts, PeakMemory } from "./process-memory.js";
import { mixedLoadRequests } from "./load-requests.js";
import type { AnsweredRequest } from "./run-load.js";
import { countCodes, runLoad } from "./run-load.js";
import type { ServiceProcess } from "./service-process.js";

/** The bound on any answer while the database is away (issue 11). */
export const OUTAGE_ANSWER_BOUND_MS = 5_000;

/** Figures of the kill -9 of the embedded JVM under load (docs/reliability.md, "Measured"). */
export interface OutageFigures {
  connections: number;
  /** s from the kill until every request sent is answered within 5 s; null: never within the run. */
  failFastAfterS: number | null;
  /** Slowest answer to a request in flight or sent between the kill and recovery, ms. */
  slowestOutageAnswerMs: number;
  /** s from the kill until a new JVM listens on a port (Neo4j ready again); null: never. */
  neo4jReadyAfterS: number | null;
  /** s from the kill until a request sent after it succeeded; null: never. */
  firstSuccessAfterKillS: number | null;
  /** s from Neo4j ready again until that first success. */
  firstSuccessAfterReadyS: number | null;
  /**
   * s from the kill until the service logged the new JVM's ready line ("is back"): later than a
   * listening port, which a JVM opens before it serves (store recovery); null: never.
   */
  backAfterS: number | null;
  /** s from that line until the first success. */
  firstSuccessAfterBackS: number | null;
  /** Requests answered with an error between the kill and recovery, by code. */
  failed: number;
  failedCodes: [string, number][];
  /** Requests that got no answer at all (timeouts, connection errors). */
  lost: number;
  /** Requests answered with an error after the first success. */
  failedAfterRecovery: number;
  /** How the service process ended, if it did. */
  serviceExit: string | undefined;
  nodePeakMb: number;
  neo4jPeakMb: number;
}

const TIMEOUT_S = 30;
/** What the service logs once a restarted JVM serves (supervise-embedded-neo4j.ts). */
const BACK_LINE = "The embedded Neo4j is back at";
const seconds = (ms: number) => Math.round(ms / 100) / 10;

/**
 * Runs the mixed load, kills the embedded JVM with SIGKILL after `warmupSeconds`, and watches
 * until a request succeeds again (then 5 s more) or `maxOutageSeconds` pass.
 */
export async function measureOutage(
  service: ServiceProcess,
  {
    connections,
    warmupSeconds = 5,
    maxOutageSeconds = 120,
  }: { connections: number; warmupSeconds?: number; maxOutageSeconds?: number },
): Promise<OutageFigures> {
  const killed = javaChildren(service.pid)[0];
  if (killed === undefined) {
    throw new Error("the service has no JVM child: is it using an external Neo4j?");
  }
  const memory = new PeakMemory(() => service.pid).start();
  let killAt = Number.POSITIVE_INFINITY;
  let readyAt: number | undefined;
  let backAt: number | undefined;
  let recoveredAt: number | undefined;
  let instance: autocannon.Instance | undefined;
  let answers: readonly AnsweredRequest[] = [];
  // When autocannon gave up on a request (30 s without an answer) or lost its connection.
  const unanswered: number[] = [];
  const startedAt = Date.now();
  const watcher = setInterval(() => {
    const now = Date.now();
    if (killAt === Number.POSITIVE_INFINITY && instance && now - startedAt >= warmupSeconds * 1000) {
      process.kill(killed, "SIGKILL");
      killAt = now;
    }
    const successor = javaChildren(service.pid).find((pid) => pid !== killed);
    if (readyAt === undefined && successor !== undefined && listeningPorts(successor).length > 0) {
      readyAt = now;
    }
    if (backAt === undefined && service.output.some((line) => line.includes(BACK_LINE))) {
      backAt = now;
    }
    recoveredAt ??= answers.find((answer) => answer.ok && answer.sentAt > killAt)?.answeredAt;
    const done =
      (recoveredAt !== undefined && now > recoveredAt + 5_000) ||
      now > killAt + maxOutageSeconds * 1000 ||
      service.exited();
    if (done) {
      instance?.stop();
    }
  }, 100);
  const run = await runLoad({
    url: service.url,
    requests: mixedLoadRequests(),
    connections,
    durationSeconds: warmupSeconds + maxOutageSeconds + 10,
    timeoutSeconds: TIMEOUT_S,
    onStart: (started, live) => {
      instance = started;
      answers = live;
      started.on("reqError", () => unanswered.push(Date.now()));
    },
  });
  clearInterval(watcher);
  memory.stop();
  answers = run.answers;
  recoveredAt ??= answers.find((answer) => answer.ok && answer.sentAt > killAt)?.answeredAt;

  const outageEnd = recoveredAt ?? Number.POSITIVE_INFINITY;
  const duringOutage = answers.filter((answer) => answer.answeredAt > killAt && answer.sentAt < outageEnd);
  const failedDuring = duringOutage.filter((answer) => !answer.ok);
  const slow = duringOutage.filter((answer) => answer.answeredAt - answer.sentAt > OUTAGE_ANSWER_BOUND_MS);
  // A request without an answer was sent at the latest TIMEOUT_S before autocannon gave up on it.
  const lastSlowSent = Math.max(
    killAt,
    ...slow.map((answer) => answer.sentAt),
    ...unanswered
      .filter((at) => at > killAt && at < outageEnd + TIMEOUT_S * 1000)
      .map((at) => at - TIMEOUT_S * 1000),
  );
  return {
    connections,
    failFastAfterS: duringOutage.length === 0 ? null : seconds(lastSlowSent - killAt),
    slowestOutageAnswerMs: Math.max(0, ...duringOutage.map((answer) => answer.answeredAt - answer.sentAt)),
    neo4jReadyAfterS: readyAt === undefined ? null : seconds(readyAt - killAt),
    firstSuccessAfterKillS: recoveredAt === undefined ? null : seconds(recoveredAt - killAt),
    firstSuccessAfterReadyS:
      recoveredAt === undefined || readyAt === undefined ? null : seconds(Math.max(0, recoveredAt - readyAt)),
    backAfterS: backAt === undefined ? null : seconds(backAt - killAt),
    firstSuccessAfterBackS:
      recoveredAt === undefined || backAt === undefined ? null : seconds(Math.max(0, recoveredAt - backAt)),
    failed: failedDuring.length,
    failedCodes: countCodes(failedDuring),
    lost: run.result.errors,
    failedAfterRecovery: answers.filter((answer) => !answer.ok && answer.sentAt >= outageEnd).length,
    serviceExit: service.exitReason(),
    nodePeakMb: memory.nodeMb,
    neo4jPeakMb: memory.neo4jMb,
  };
}
