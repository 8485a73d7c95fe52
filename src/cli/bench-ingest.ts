import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";

import neo4j from "neo4j-driver";

import { runCommand } from "../app/run-command.js";
import { generateCastFacts } from "../benchmark/generate-cast-facts.js";
import type { GraphCensus } from "../benchmark/graph-census.js";
import { takeGraphCensus } from "../benchmark/graph-census.js";
import { rawCastIngest } from "../benchmark/raw-cast-ingest.js";
import { projectRoot } from "../common/project-root.js";
import type { EmbeddedNeo4jConfig } from "../config/config.js";
import { loadConfig } from "../config/config.js";
import { runMigrations } from "../db/migrations/run-migrations.js";
import { DEFAULT_BATCH_SIZE, ingestFactsFile } from "../ingest/ingest-facts.js";
import type { IngestReport } from "../ingest/ingest-report.js";
import { CypherExecutor } from "../neo4j/cypher-executor.js";
import { ensureEmbeddedNeo4jBuilt } from "../neo4j/embedded/build-embedded-neo4j.js";
import { startEmbeddedNeo4j } from "../neo4j/embedded/start-embedded-neo4j.js";

const BENCHMARKS = join(projectRoot, "docs", "benchmarks.md");
const START = "<!-- bench-ingest:start -->";
const END = "<!-- bench-ingest:end -->";

function peakRssMb(pid: number): number | undefined {
  const status = `/proc/${pid}/status`;
  const match = existsSync(status) ? /VmHWM:\s+(\d+) kB/.exec(readFileSync(status, "utf8")) : null;
  return match ? Math.round(Number(match[1]) / 1024) : undefined;
}

function writeResults(section: string): void {
  const current = existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, "utf8") : "# Benchmarks\n";
  const block = `${START}\n${section}\n${END}`;
  const next = current.includes(START)
    ? current.replace(new RegExp(`${START}[\\s\\S]*${END}`), block)
    : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(BENCHMARKS, next);
}

interface FreshNeo4j {
  executor: CypherExecutor;
  pid: number;
}

/** Runs `work` on a new, migrated embedded Neo4j of its own, stopped and deleted afterwards. */
async function withFreshNeo4j<T>(
  config: EmbeddedNeo4jConfig,
  home: string,
  work: (neo4jServer: FreshNeo4j) => Promise<T>,
): Promise<T> {
  const embedded = await startEmbeddedNeo4j({ ...config, home, boltPort: 0 });
  const driver = neo4j.driver(embedded.uri);
  const executor = new CypherExecutor({ driver, database: "neo4j", queryTimeoutMs: 3_600_000 });
  try {
    await runMigrations(executor);
    return await work({ executor, pid: embedded.pid });
  } finally {
    await driver.close();
    await embedded.stop();
    rmSync(home, { recursive: true, force: true });
  }
}

const count = (value: number) => value.toLocaleString("en");
const perSecond = (value: number, ms: number) => count(Math.round(value / (ms / 1000)));
const sameGraph = (a: GraphCensus, b: GraphCensus) =>
  a.nodes === b.nodes && a.relationships === b.relationships && a.properties === b.properties;

/**
 * Ingests a generated facts file of BENCH_CLAIMS (default 100,000) claims into a fresh embedded
 * Neo4j, after a small warm-up file; then writes the same graph into another fresh one with plain
 * Cypher (raw-cast-ingest.ts), the floor for this machine; and writes both to docs/benchmarks.md.
 */
runCommand(async () => {
  const claims = Number(process.env.BENCH_CLAIMS ?? 100_000);
  const batchSize = Number(process.env.BENCH_BATCH_SIZE ?? DEFAULT_BATCH_SIZE);
  // One transaction of 100,000 claims needs about 1.5 GB of Neo4j's transaction memory, which is
  // capped at 70% of the heap (docs/ingestion.md).
  const embedded = loadConfig({
    NEO4J_EMBEDDED_HEAP: "4g",
    NEO4J_EMBEDDED_PAGE_CACHE: "512m",
    ...process.env,
  }).neo4j.embedded;
  const folder = mkdtempSync(join(tmpdir(), "showgraph-bench-"));
  await ensureEmbeddedNeo4jBuilt();
  try {
    const warmUp = join(folder, "warm-up.facts.jsonl");
    const file = join(folder, "bench.facts.jsonl");
    await generateCastFacts(warmUp, 2000, "warm");
    await generateCastFacts(file, claims, "bench");
    const loadBefore = loadavg()[0] ?? 0;

    const ingest = await withFreshNeo4j(embedded, join(folder, "ingest"), async ({ executor, pid }) => {
      await ingestFactsFile(executor, warmUp, { batchSize });
      const rssBefore = process.memoryUsage().rss;
      const report: IngestReport = await ingestFactsFile(executor, file, {
        batchSize,
        timeoutMs: 3_600_000,
        onProgress: (done, total) => process.stderr.write(`\r${done}/${total} records`),
      });
      process.stderr.write("\n");
      return {
        report,
        rssBefore,
        rssPeak: process.resourceUsage().maxRSS * 1024,
        neo4jPeakMb: peakRssMb(pid),
        census: await takeGraphCensus(executor),
      };
    });
    const raw = await withFreshNeo4j(embedded, join(folder, "raw"), async ({ executor }) => {
      await rawCastIngest(executor, warmUp, batchSize);
      const result = await rawCastIngest(executor, file, batchSize);
      return { ...result, census: await takeGraphCensus(executor) };
    });

    const { report } = ingest;
    const claimCounts = report.counts.Claim;
    const fileMb = (statSync(file).size / 1024 / 1024).toFixed(1);
    const section = [
      "## Ingest (`npm run bench:ingest`)",
      "",
      `Measured ${new Date().toISOString().slice(0, 10)} by src/cli/bench-ingest.ts: a generated JSON-lines facts file of`,
      `${count(claims)} claims (${fileMb} MB: ${count(report.records)} records; people, characters, shows, PLAYS and CHARACTER_IN`,
      `claims, each quoting its line of the article) ingested in one transaction into a fresh embedded Neo4j,`,
      `after a 2,000-claim warm-up file. Batch size ${count(batchSize)}. Time includes checking the file (first pass), writing it`,
      "(second pass) and the commit. **Raw Cypher** writes the same graph (same census) into another fresh",
      "Neo4j, also in one transaction after the same warm-up, by plain `UNWIND ... CREATE` statements with no",
      "checks or look-ups (src/benchmark/raw-cast-ingest.ts): the floor for this machine.",
      "",
      "| measure | `showgraph ingest` | raw Cypher |",
      "| --- | --- | --- |",
      `| claims created | ${count(claimCounts?.created ?? 0)} | ${count(claims)} |`,
      `| graph written (nodes / relationships / properties) | ${count(ingest.census.nodes)} / ${count(ingest.census.relationships)} / ${count(ingest.census.properties)} | ${sameGraph(ingest.census, raw.census) ? "the same" : `${count(raw.census.nodes)} / ${count(raw.census.relationships)} / ${count(raw.census.properties)}`} |`,
      `| relationships created | ${count(report.relationshipsCreated)} | ${count(raw.relationshipsCreated)} |`,
      `| time | ${(report.elapsedMs / 1000).toFixed(1)} s | ${(raw.elapsedMs / 1000).toFixed(1)} s |`,
      `| **relationships per second** | **${perSecond(report.relationshipsCreated, report.elapsedMs)}** | **${perSecond(raw.relationshipsCreated, raw.elapsedMs)}** |`,
      `| claims per second | ${perSecond(claimCounts?.created ?? 0, report.elapsedMs)} | ${perSecond(claims, raw.elapsedMs)} |`,
      `| peak RSS, ingest (Node) process | ${Math.round(ingest.rssPeak / 1024 / 1024)} MB (${Math.round(ingest.rssBefore / 1024 / 1024)} MB before the big file) | |`,
      `| peak RSS, embedded Neo4j (JVM, heap ${embedded.heap}, page cache ${embedded.pageCache}) | ${ingest.neo4jPeakMb ?? "?"} MB | |`,
      `| machine | ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 1024 ** 3)} GiB RAM, Node ${process.version} | |`,
      `| load average (1 min) before / after | ${loadBefore.toFixed(1)} / ${(loadavg()[0] ?? 0).toFixed(1)} (the machine is shared) | |`,
    ].join("\n");
    console.log(section);
    if (process.env.BENCH_WRITE !== "false") {
      writeResults(section);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
