import { ErrorCode } from "../errors/error-code.js";
import { ShowgraphError } from "../errors/showgraph-error.js";

/** A request over REQUEST_TIMEOUT_MS: HTTP 503, code REQUEST_TIMEOUT. */
export class RequestTimeoutError extends ShowgraphError {
  constructor(budgetMs: number) {
    super(
      `The request took longer than its budget of ${budgetMs} ms and was stopped; ask for less, or try again later.`,
      ErrorCode.REQUEST_TIMEOUT,
      { budgetMs, http: { status: 503 } },
    );
  }
}

/**
 * The wall-clock budget of one request. The executor asks it before each statement (none starts
 * after the deadline) and gives Neo4j only the time left as the transaction timeout, so work
 * abandoned at the deadline stops soon after it rather than at NEO4J_QUERY_TIMEOUT_MS.
 */
export class RequestDeadline {
  readonly budgetMs: number;
  readonly #endsAt: number;

  constructor(budgetMs: number, now: number = Date.now()) {
    this.budgetMs = budgetMs;
    this.#endsAt = now + budgetMs;
  }

  /** Milliseconds left, 0 once passed. */
  remainingMs(): number {
    return Math.max(0, this.#endsAt - Date.now());
  }

  /** Throws RequestTimeoutError once the deadline has passed. */
  throwIfPassed(): void {
    if (this.remainingMs() === 0) {
      throw new RequestTimeoutError(this.budgetMs);
    }
  }

  /** A transaction timeout in ms (0: none) cut to the time left, at least 1 ms. */
  capTimeout(timeoutMs: number): number {
    const left = Math.max(1, this.remainingMs());
    return timeoutMs > 0 ? Math.min(timeoutMs, left) : left;
  }

  /**
   * Resolves with "timeout" when the deadline passes; `cancel` clears the timer once the work is
   * done, so a finished request leaves nothing behind.
   */
  timer(): { passed: Promise<"timeout">; cancel(): void } {
    let handle: NodeJS.Timeout | undefined;
    const passed = new Promise<"timeout">((resolvePassed) => {
      handle = setTimeout(() => resolvePassed("timeout"), this.remainingMs());
    });
    return { passed, cancel: () => clearTimeout(handle) };
  }
}
