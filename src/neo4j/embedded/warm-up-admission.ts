import { DatabaseUnavailableError } from "../../errors/showgraph-error.js";

/**
 * How long a restarted embedded Neo4j is treated as cold after its ready line. Measured by
 * bench:reliability (docs/reliability.md): with 50 connections let in at once, requests sent in
 * the first ~4 s after the ready line took the whole 10 s request budget (an empty plan cache and
 * a JVM not yet compiled); later ones took milliseconds.
 */
export const WARM_UP_MS = 10_000;

/** Transactions let into a cold Neo4j at once; the rest fail fast rather than queue behind them. */
export const WARM_UP_CONCURRENCY = 4;

/** Something that may refuse a transaction before it starts; `enter` returns its `leave`. */
export interface TransactionAdmission {
  /** @throws DatabaseUnavailableError when the transaction may not start now. */
  enter(): () => void;
}

const NOTHING_TO_LEAVE = () => undefined;

/**
 * While `warming()`, lets at most `limit` transactions run at once and answers the others at
 * once with DATABASE_UNAVAILABLE (a client retries in a moment), so that a cold Neo4j plans its
 * statements a few at a time and every answer comes well within the request budget instead of
 * 50 requests waiting out 10 s together. Outside the warm-up nothing is counted or refused.
 */
export class WarmUpAdmission implements TransactionAdmission {
  #inFlight = 0;

  constructor(
    private readonly warming: () => boolean,
    private readonly limit: number = WARM_UP_CONCURRENCY,
  ) {}

  enter(): () => void {
    if (!this.warming()) {
      return NOTHING_TO_LEAVE;
    }
    if (this.#inFlight >= this.limit) {
      throw new DatabaseUnavailableError();
    }
    this.#inFlight += 1;
    let left = false;
    return () => {
      if (!left) {
        left = true;
        this.#inFlight -= 1;
      }
    };
  }
}
