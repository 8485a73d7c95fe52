/** The start-up steps after which the service is ready for traffic, in order. */
export type StartupStep = "migrations" | "seeding";

const STEP_REASONS: Record<StartupStep, string> = {
  migrations: "migrations are not applied yet",
  seeding: "seeding is not done yet",
};

/**
 * Which start-up steps have finished. The HTTP server listens before they run, so that liveness
 * answers during a long first start, while readiness says what is still missing.
 */
export class StartupProgress {
  readonly #done = new Set<StartupStep>();

  done(step: StartupStep): void {
    this.#done.add(step);
  }

  /** One sentence per step not yet done; empty when start-up is over. */
  pendingReasons(): string[] {
    return (Object.keys(STEP_REASONS) as StartupStep[])
      .filter((step) => !this.#done.has(step))
      .map((step) => STEP_REASONS[step]);
  }

  /** Progress of a process whose steps were all done elsewhere (tests, the command line). */
  static finished(): StartupProgress {
    const progress = new StartupProgress();
    progress.done("migrations");
    progress.done("seeding");
    return progress;
  }
}
