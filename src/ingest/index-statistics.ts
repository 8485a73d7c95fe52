import type { EventLog } from "../observability/event-log.js";
import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import { integer } from "./neo4j-values.js";

/**
 * Neo4j's `db.prepareForReplanning(timeOutSeconds)` (Community and Enterprise, admin only, 5.x):
 * resamples the outdated indexes (over `dbms.index_sampling.update_percentage`, 5%, of their
 * entries changed since their last sample), waits for the sampling to finish (up to the timeout),
 * then clears the query caches, so that statements are planned afresh on the new statistics.
 * Chosen over `db.resampleOutdatedIndexes()`, which schedules the same sampling and returns at
 * once, leaving the plans already cached (made on the statistics of near-empty indexes).
 */
const PREPARE_FOR_REPLANNING = "CALL db.prepareForReplanning($timeOutSeconds)";

/** How long a refresh may wait for the sampling: ample for the 100,000-claim benchmark graph. */
export const INDEX_STATISTICS_TIMEOUT_MS = 300_000;

/**
 * Refreshes the index statistics once a bulk ingest has committed. Without it, the statements
 * planned in the first seconds after the ingest use the selectivity Neo4j sampled when the
 * indexes were nearly empty, until background sampling (dbms.index_sampling.update_percentage)
 * catches up: measured on bench:query's freshly ingested graph, co-stars answered 64 requests a
 * second before and 74 after (docs/benchmarks.md).
 *
 * Runs in a transaction of its own, after the ingest's has committed: the ingest stands whatever
 * happens here, so a failure (a user without the admin role, a timeout) is logged as a warning and
 * never thrown. Returns whether the statistics were refreshed.
 */
export async function refreshIndexStatistics(
  executor: CypherExecutor,
  log: EventLog,
  timeoutMs = INDEX_STATISTICS_TIMEOUT_MS,
): Promise<boolean> {
  const started = Date.now();
  try {
    await executor.write(
      {
        cypher: PREPARE_FOR_REPLANNING,
        parameters: { timeOutSeconds: integer(Math.ceil(timeoutMs / 1000)) },
      },
      { operation: "refresh index statistics after ingest", timeoutMs: timeoutMs + 10_000 },
    );
  } catch (error) {
    log({
      event: "ingest.index_statistics.failed",
      level: "warn",
      error: error instanceof Error ? error.message : String(error),
      message: `index statistics not refreshed (the ingest is committed; Neo4j samples them in the background): ${error instanceof Error ? error.message : String(error)}`,
    });
    return false;
  }
  const elapsedMs = Date.now() - started;
  log({
    event: "ingest.index_statistics.refreshed",
    level: "debug",
    elapsedMs,
    message: `index statistics refreshed in ${elapsedMs} ms`,
  });
  return true;
}
