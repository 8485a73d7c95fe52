import PQueue from "p-queue";

import { ExportsBusyError } from "./export-errors.js";

/** How many exports run at once and how long the rest may wait (docs/reliability.md, "Mixed load"). */
export interface ExportSlotLimits {
  /** EXPORT_MAX_CONCURRENT: exports running at once. */
  maxConcurrent: number;
  /** EXPORT_QUEUE_MAX: exports waiting for a slot at most; one more is refused at once. */
  maxQueued: number;
  /** EXPORT_QUEUE_TIMEOUT_MS: longest wait for a slot, in ms; then EXPORTS_BUSY. */
  queueTimeoutMs: number;
}

/** The defaults of the variables above (config.ts); why these figures: docs/reliability.md. */
export const DEFAULT_EXPORT_SLOT_LIMITS: ExportSlotLimits = {
  maxConcurrent: 2,
  maxQueued: 100,
  queueTimeoutMs: 4_000,
};

/**
 * A fixed number of export slots with a bounded line in front of them: an export waits its turn,
 * first come first served, for at most `queueTimeoutMs`, in a line of at most `maxQueued`; past
 * either bound it is refused with EXPORTS_BUSY. So a burst of exports is served (slower) rather
 * than refused, while never more than `maxConcurrent` of them hold Neo4j, and no client waits
 * without bound.
 *
 * p-queue (sindresorhus, widely used) keeps the line: concurrency, FIFO order, `size` of the line,
 * and removal of a waiter whose AbortSignal fires (a timeout, or its client leaving) without
 * disturbing the others. Its signal also races a task that has started, which would free the slot
 * while the export still runs; so each waiter gets its own controller that is only ever aborted
 * while it waits.
 */
export class ExportSlots {
  readonly #limits: ExportSlotLimits;
  readonly #queue: PQueue;

  constructor(limits: ExportSlotLimits) {
    this.#limits = limits;
    this.#queue = new PQueue({ concurrency: limits.maxConcurrent });
  }

  /** Exports running now, and waiting for a slot. */
  get counts(): { running: number; waiting: number } {
    return { running: this.#queue.pending, waiting: this.#queue.size };
  }

  /**
   * Runs `work` in a slot, which it holds until its promise settles; resolves or rejects as it
   * does. Rejects with ExportsBusyError when the line is full (at once) or the wait is over, and
   * with `left`'s reason when `left` aborts during the wait (the client went away): `work` then
   * never runs.
   */
  async run<T>(work: () => Promise<T>, left?: AbortSignal): Promise<T> {
    const { maxConcurrent, maxQueued, queueTimeoutMs } = this.#limits;
    if (this.#queue.pending >= maxConcurrent && this.#queue.size >= maxQueued) {
      throw new ExportsBusyError({ maxConcurrent, maxQueued, queueTimeoutMs }, "line full");
    }
    const waiting = new AbortController();
    const timer = setTimeout(
      () => waiting.abort(new ExportsBusyError({ maxConcurrent, maxQueued, queueTimeoutMs }, "waited")),
      queueTimeoutMs,
    );
    const leave = () => waiting.abort(left?.reason);
    left?.addEventListener("abort", leave, { once: true });
    const stopWaiting = () => {
      clearTimeout(timer);
      left?.removeEventListener("abort", leave);
    };
    try {
      return await this.#queue.add(
        () => {
          stopWaiting();
          return work();
        },
        { signal: waiting.signal },
      );
    } finally {
      stopWaiting();
    }
  }
}
