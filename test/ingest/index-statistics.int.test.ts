import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { runIngestCommand } from "../../src/cli/ingest-command.js";
import { refreshIndexStatistics } from "../../src/ingest/index-statistics.js";
import { ingestFactsFile } from "../../src/ingest/ingest-facts.js";
import type { LogEvent } from "../../src/observability/event-log.js";
import { factsFolder } from "../support/facts-files.js";
import { removeIngestFixtures } from "../support/ingest-fixtures.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

/**
 * `showgraph ingest` refreshes Neo4j's index statistics once it has committed a change
 * (src/ingest/index-statistics.ts: `db.prepareForReplanning`), so that statements planned right
 * after a bulk load do not use the selectivity sampled when the indexes were nearly empty. Neo4j
 * reports, per index, the updates since its statistics were last estimated
 * (`db.stats.retrieve('GRAPH COUNTS')`, `updatesSinceEstimation`).
 *
 * Neo4j also resamples the same outdated indexes (over 5% of entries updated) in the background,
 * every 10 seconds. So each test first waits for such a background run to sample fixture shows,
 * then acts and looks within the next few seconds, before the background runs again: what it sees
 * then is the command's doing (the test checks that it looked in time).
 */
const BACKGROUND_SAMPLING_MS = 10_000;

interface IndexCounts {
  labels?: string[];
  properties?: string[];
  updatesSinceEstimation?: number;
}

describe("showgraph ingest refreshes the index statistics after a committed change", () => {
  let database: TestExecutor;
  const folder = factsFolder();
  const environment = { ...process.env };
  let ticks = 0;

  /** Updates since the last estimate, by index (`Label(property)`), of the indexes on properties. */
  async function outstanding(): Promise<Record<string, number>> {
    const [row] = await database.executor.read<{ data: { indexes: IndexCounts[] } }>(
      { cypher: "CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data" },
      { operation: "test: index statistics" },
    );
    const indexes = (row?.data.indexes ?? []).filter((index) => (index.properties ?? []).length > 0);
    return Object.fromEntries(
      indexes.map((index) => [
        `${(index.labels ?? []).join(":")}(${(index.properties ?? []).join(",")})`,
        Number(index.updatesSinceEstimation ?? 0),
      ]),
    );
  }

  /** Adds fixture shows, enough to make the shows' name index outdated. */
  async function addShows(): Promise<void> {
    ticks += 1;
    await database.executor.write(
      {
        cypher: `UNWIND range(1, 20) AS n
          CREATE (:Show {id: 'fixture-stats-tick-' + $tick + '-' + n, title: 'Tick', nameKey: 'tick ' + $tick + ' ' + n})`,
        parameters: { tick: ticks },
      },
      { operation: "test: index statistics" },
    );
  }

  /** Makes the shows' name index outdated and waits for Neo4j's background sampling to sample it; when it had. */
  async function backgroundSampled(): Promise<number> {
    await addShows();
    const deadline = Date.now() + 3 * BACKGROUND_SAMPLING_MS;
    while ((await outstanding())["Show(nameKey)"] !== 0) {
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return Date.now();
  }

  /** A facts file making one show and one person (`tag` tells files apart). */
  const file = (tag: string) =>
    folder.write(
      `${tag}.json`,
      JSON.stringify({
        format: "showgraph-facts/1",
        article: { id: `fixture-stats-${tag}`, title: "Fixture statistics", text: "Fixture text." },
        entities: [
          { type: "Show", id: `fixture-stats-show-${tag}`, title: `Fixture Statistics Show ${tag}` },
          { type: "Person", id: `fixture-stats-person-${tag}`, name: `Fixture Statistics Person ${tag}` },
        ],
      }),
    );

  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
    // The command connects as the service does: to the test run's Neo4j.
    process.env.NEO4J_URI = inject("neo4jUri");
    process.env.NEO4J_PASSWORD = inject("neo4jPassword");
  });
  afterAll(async () => {
    process.env = environment;
    await removeIngestFixtures(database.executor, []);
    await database.close();
    folder.remove();
  });

  it("a dry run, and a run that changes nothing, leave the statistics as they were", async () => {
    const seen = file("seen");
    await ingestFactsFile(database.executor, seen);

    const sampled = await backgroundSampled();
    await addShows();
    await ingestFactsFile(database.executor, file("dry"), { dryRun: true });
    expect(await runIngestCommand([seen])).toBe(0);
    expect((await outstanding())["Show(nameKey)"]).toBeGreaterThan(0);
    // Before the next background sampling could have run.
    expect(Date.now() - sampled).toBeLessThan(BACKGROUND_SAMPLING_MS - 1_000);
  });

  it("a run that commits a change leaves the outdated indexes sampled when it returns", async () => {
    const sampled = await backgroundSampled();
    await addShows();
    expect(await runIngestCommand([file("first"), file("second")])).toBe(0);
    const after = await outstanding();
    expect(Date.now() - sampled).toBeLessThan(BACKGROUND_SAMPLING_MS - 1_000);
    // Only outdated indexes are resampled (over 5% of entries updated), as the background does:
    // the shows' indexes are, by the fixture shows and the files' shows.
    expect([after["Show(id)"], after["Show(nameKey)"]]).toEqual([0, 0]);
  });

  it("a refresh that fails is logged as a warning and never thrown: the ingest before it stands", async () => {
    const closed = await openTestExecutor(inject("neo4jUri"));
    await closed.close();
    const events: LogEvent[] = [];
    expect(await refreshIndexStatistics(closed.executor, (event) => events.push(event))).toBe(false);
    expect(events).toEqual([
      expect.objectContaining({ event: "ingest.index_statistics.failed", level: "warn" }),
    ]);
  });
});
