import type { EventLog } from "../observability/event-log.js";

/**
 * One thing to stop, in order: readiness before the HTTP server, the HTTP server before the
 * driver, the driver before Neo4j. `signal` lets a step tell a person's Ctrl-C from a supervisor.
 */
export interface ShutdownStep {
  name: string;
  stop(signal: NodeJS.Signals): Promise<void>;
}

export interface StopOnSignalsOptions {
  log: EventLog;
  /** SHUTDOWN_GRACE_MS, for the log: the HTTP step itself enforces it. */
  graceMs: number;
  steps: ShutdownStep[];
  /** Ends the process with `code`, after the log is flushed. */
  exit(code: number): void;
}

const SIGNALS: NodeJS.Signals[] = ["SIGTERM", "SIGINT"];

/**
 * On SIGTERM (what Docker, Kubernetes and systemd send) or SIGINT (Ctrl-C), stops `steps` in
 * order, logging each, and exits 0, or 1 if a step failed. A second signal while stopping exits
 * at once with 1: a person pressing Ctrl-C twice means it.
 */
export function stopOnSignals({ log, graceMs, steps, exit }: StopOnSignalsOptions): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) {
      log({ event: "service.stop.forced", level: "warn", signal, message: `${signal} again: exiting now` });
      exit(1);
      return;
    }
    stopping = true;
    const started = Date.now();
    log({
      event: "service.stopping",
      signal,
      graceMs,
      message: `${signal}: stopping (requests in flight get up to ${graceMs} ms)...`,
    });
    let failed = false;
    for (const step of steps) {
      const stepStarted = Date.now();
      try {
        await step.stop(signal);
        log({
          event: "service.stop.step",
          step: step.name,
          seconds: (Date.now() - stepStarted) / 1000,
          message: `Stopped ${step.name}`,
        });
      } catch (error) {
        failed = true;
        log({
          event: "service.stop.failed",
          level: "error",
          step: step.name,
          err: error,
          message: `Could not stop ${step.name}`,
        });
      }
    }
    log({
      event: "service.stopped",
      seconds: (Date.now() - started) / 1000,
      message: `Stopped in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    });
    exit(failed ? 1 : 0);
  };
  for (const signal of SIGNALS) {
    process.on(signal, (received) => void stop(received));
  }
}
