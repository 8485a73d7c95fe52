import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { once } from "node:events";
import { cpus, freemem, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";

import neo4j from "neo4j-driver";

import { runCommand } from "../app/run-command.js";
import { projectRoot } from "../common/project-root.js";
import { loadConfig } from "../config/config.js";
import { runMigrations } from "../db/migrations/run-migrations.js";
import { ingestFactsFile } from "../ingest/ingest-facts.js";
import type { IngestReport } from "../ingest/ingest-report.js";
import { CypherExecutor } from "../neo4j/cypher-executor.js";
import { ensureEmbeddedNeo4jBuilt } from "../neo4j/embedded/build-embedded-neo4j.js";
import { startEmbeddedNeo4j } from "../neo4j/embedded/start-embedded-neo4j.js";

const BENCHMARKS = join(projectRoot, "docs", "benchmarks.md");
const START = "<!-- bench-ingest:start -->";
const END = "<!-- bench-ingest:end -->";

/**
 * A facts file of `claims` claims as JSON lines, written as a stream: per cast line of the
 * article, a person, a character (50 per show), PLAYS and CHARACTER_IN, each quoting its line.
 */
async function generateFactsFile(file: string, claims: number, prefix: string): Promise<void> {
  const roles = Math.ceil(claims / 2);
  const lines = Array.from(
    { length: roles },
    (_, index) => `Actor ${prefix} ${index} as Role ${prefix} ${index}`,
  );
  const offsets: number[] = [];
  let offset = 0;
  for (const line of lines) {
    offsets.push(offset);
    offset += line.length + 1;
  }
  const out = createWriteStream(file);
  const write = async (record: unknown) => {
    if (!out.write(`${JSON.stringify(record)}\n`)) {
      await once(out, "drain");
    }
  };
  await write({ article: { id: `${prefix}-article`, title: `Benchmark ${prefix}`, text: lines.join("\n") } });
  for (let show = 0; show * 50 < roles; show += 1) {
    await write({ entity: { type: "Show", id: `${prefix}-show-${show}`, title: `Show ${prefix} ${show}` } });
  }
  for (let index = 0; index < roles; index += 1) {
    const show = `${prefix}-show-${Math.floor(index / 50)}`;
    const line = lines[index] as string;
    const start = offsets[index] as number;
    const support = [{ quote: line, start, end: start + line.length }];
    await write({
      entity: { type: "Person", id: `${prefix}-actor-${index}`, name: `Actor ${prefix} ${index}` },
    });
    await write({
      entity: { type: "Character", id: `${show}/role-${index}`, name: `Role ${prefix} ${index}`, show },
    });
    await write({
      claim: {
        subject: `Person:${prefix}-actor-${index}`,
        predicate: "PLAYS",
        object: `Character:${show}/role-${index}`,
        properties: { billingOrder: (index % 50) + 1 },
        confidence: 0.6,
        support,
      },
    });
    if (index * 2 + 1 < claims) {
      await write({
        claim: {
          subject: `Character:${show}/role-${index}`,
          predicate: "CHARACTER_IN",
          object: `Show:${show}`,
          confidence: 0.6,
          support,
        },
      });
    }
  }
  out.end();
  await once(out, "finish");
}

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

/**
 * Ingests a generated facts file of BENCH_CLAIMS (default 100,000) claims into a fresh embedded
 * Neo4j, after a small warm-up file, and writes the figures to docs/benchmarks.md.
 */
runCommand(async () => {
  const claims = Number(process.env.BENCH_CLAIMS ?? 100_000);
  const batchSize = Number(process.env.BENCH_BATCH_SIZE ?? 2000);
  const config = loadConfig({ NEO4J_EMBEDDED_HEAP: "2g", NEO4J_EMBEDDED_PAGE_CACHE: "512m", ...process.env });
  const folder = mkdtempSync(join(tmpdir(), "showgraph-bench-"));
  await ensureEmbeddedNeo4jBuilt();
  const embedded = await startEmbeddedNeo4j({
    ...config.neo4j.embedded,
    home: join(folder, "neo4j"),
    boltPort: 0,
  });
  const driver = neo4j.driver(embedded.uri, neo4j.auth.basic(config.neo4j.username, config.neo4j.password));
  const executor = new CypherExecutor({ driver, database: "neo4j", queryTimeoutMs: 3_600_000 });
  try {
    await runMigrations(executor);
    const warmUp = join(folder, "warm-up.facts.jsonl");
    await generateFactsFile(warmUp, 2000, "warm");
    await ingestFactsFile(executor, warmUp, { batchSize });
    const file = join(folder, "bench.facts.jsonl");
    await generateFactsFile(file, claims, "bench");
    const loadBefore = loadavg()[0] ?? 0;
    const rssBefore = process.memoryUsage().rss;
    const report: IngestReport = await ingestFactsFile(executor, file, {
      batchSize,
      timeoutMs: 3_600_000,
      onProgress: (done, total) => process.stderr.write(`\r${done}/${total} records`),
    });
    process.stderr.write("\n");
    const seconds = report.elapsedMs / 1000;
    const relsPerSecond = Math.round(report.relationshipsCreated / seconds);
    const claimCounts = report.counts.Claim;
    const fileMb = (readFileSync(file).length / 1024 / 1024).toFixed(1);
    const section = [
      "## Ingest (`npm run bench:ingest`)",
      "",
      `Measured ${new Date().toISOString().slice(0, 10)} by src/cli/bench-ingest.ts: a generated JSON-lines facts file of`,
      `${claims.toLocaleString("en")} claims (${fileMb} MB: ${report.records.toLocaleString("en")} records; people, characters, shows, PLAYS and CHARACTER_IN`,
      `claims, each quoting its line of the article) ingested in one transaction into a fresh embedded Neo4j,`,
      `after a 2,000-claim warm-up file. Batch size ${batchSize}. Time includes checking the file (first pass) and writing it (second pass).`,
      "",
      "| measure | value |",
      "| --- | --- |",
      `| claims created | ${claimCounts?.created.toLocaleString("en")} |`,
      `| relationships created | ${report.relationshipsCreated.toLocaleString("en")} |`,
      `| time | ${seconds.toFixed(1)} s |`,
      `| **relationships per second** | **${relsPerSecond.toLocaleString("en")}** |`,
      `| claims per second | ${Math.round((claimCounts?.created ?? 0) / seconds).toLocaleString("en")} |`,
      `| peak RSS, ingest (Node) process | ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (${Math.round(rssBefore / 1024 / 1024)} MB before the big file) |`,
      `| peak RSS, embedded Neo4j (JVM, heap ${config.neo4j.embedded.heap}, page cache ${config.neo4j.embedded.pageCache}) | ${peakRssMb(embedded.pid) ?? "?"} MB |`,
      `| machine | ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 1024 ** 3)} GiB RAM (${Math.round(freemem() / 1024 ** 3)} GiB free), Node ${process.version} |`,
      `| load average (1 min) before / after | ${loadBefore.toFixed(1)} / ${(loadavg()[0] ?? 0).toFixed(1)} (the machine is shared) |`,
    ].join("\n");
    console.log(section);
    if (process.env.BENCH_WRITE !== "false") {
      writeResults(section);
    }
  } finally {
    await driver.close();
    await embedded.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
