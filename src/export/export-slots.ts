/**
 * A fixed number of exports that may run at once; one more is refused, not queued. Own code
 * rather than p-limit or p-queue: those queue work without bound, and a queue is what must not
 * form here (a client waiting in it holds its HTTP connection and gets nothing sooner); what is
 * needed is a counter that says no, which is these few lines.
 */
export class ExportSlots {
  readonly #max: number;
  #inUse = 0;

  constructor(max: number) {
    this.#max = max;
  }

  /** Takes a slot and returns its release (call once, in `finally`), or undefined when all are taken. */
  tryTake(): (() => void) | undefined {
    if (this.#inUse >= this.#max) {
      return undefined;
    }
    this.#inUse += 1;
    let released = false;
    return () => {
      if (!released) {
        released = true;
        this.#inUse -= 1;
      }
    };
  }
}
