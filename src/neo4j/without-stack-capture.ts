/**
 * Calls `start` (a driver call that creates a Result: `tx.run(...)`) with V8's stack capture off,
 * and returns what it returns.
 *
 * Why: neo4j-driver-core's Result constructor formats `new Error().stack` for every statement
 * (result.js, `captureStacktrace`), only to append it to an error it may raise later. Under
 * `npm run bench:query` that formatting was about 4% of the service's CPU per request (CPU
 * profile, docs/benchmarks.md). The executor maps every driver error to a client error and logs
 * it with its own code and operation, so the driver's caller stack is not missed. The limit is
 * restored before `start`'s promise settles: nothing else runs in between (this is synchronous).
 */
export function withoutStackCapture<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
