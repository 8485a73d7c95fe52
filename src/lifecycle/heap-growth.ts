import { setFlagsFromString } from "node:v8";

/**
 * V8's heap growing factor for the service, as 1 + percent / 100 (V8's `--heap-growing-percent`).
 *
 * Why: under load V8 lets the old generation grow to about three times what is live before a
 * full collection (measured: 115 MB of old space for about 40 MB live, RSS 210-270 MB under
 * `npm run bench:query`). A factor of 2 kept RSS at about 170 MB under the same load, for about
 * 5% more CPU per request and the same throughput within the machine's noise (side by side,
 * docs/benchmarks.md). 50 measured 150 MB but 12-15% more CPU.
 */
export const HEAP_GROWING_PERCENT = 100;

/**
 * Sets V8's heap growing factor (above) unless the operator chose one on Node's command line
 * (`node --heap-growing-percent=N dist/main.js`; Node refuses the flag in NODE_OPTIONS). V8 reads
 * the flag at every collection, so setting it at start, before the first full collection, takes
 * effect.
 */
export function limitHeapGrowth(execArgv: readonly string[] = process.execArgv): void {
  const chosen = execArgv.some((flag) => /^--heap[-_]growing[-_]percent\b/.test(flag));
  if (!chosen) {
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  }
}
