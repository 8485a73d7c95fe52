import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";

import autocannon from "autocannon";

import type { Operation, ServiceName } from "./operations.js";
import { operations } from "./operations.js";
import { loadGets, repeatMix } from "./repeat-mix.js";
import { writeSkewedFacts } from "./skewed-facts.js";

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = join(here, "..", "..", "..");
const BENCHMARKS = join(projectRoot, "docs", "benchmarks.md");
const START = "<!-- bench-query:start -->";
const END = "<!-- bench-query:end -->";
const SERVICES: ServiceName[] = ["showgraph", "neo4j-graphql", "raw-cypher"];

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const size = {
  shows: env("BENCH_SHOWS", 500),
  people: env("BENCH_PEOPLE", 5000),
  networks: env("BENCH_NETWORKS", 40),
};
const rounds = env("BENCH_ROUNDS", 3);
const seconds = env("BENCH_SECONDS", 10);
const connections = env("BENCH_CONNECTIONS", 10);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a child process and waits for a line matching `ready` on its output. */
function start(
  command: string,
  args: string[],
  extraEnv: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(command, args, {
    cwd: projectRoot,
    // Every server as deployed (the Docker image sets it): graphql-js then leaves out its
    // development-only checks (instanceOf's look for a second copy of graphql, 16 µs of a planned
    // request's Node CPU, measured), for the library's server as for showgraph.
    env: { ...process.env, NODE_ENV: "production", ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split("\n").find((candidate) => ready.test(candidate));
      if (line) {
        // From here on its output (a log line per request) is drained unread: kept and searched,
        // it grew without end and took the load generator's CPU, in this process, from the runs.
        for (const stream of [child.stdout, child.stderr]) {
          stream?.off("data", onData);
          stream?.resume();
        }
        output = "";
        resolve({ child, line });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.on("exit", (code) =>
      reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output}`)),
    );
  });
}

function run(command: string, args: string[], extraEnv: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env: { ...process.env, ...extraEnv },
      stdio: "inherit",
    });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`)),
    );
  });
}

/** VmHWM (the process's lifetime peak) or VmRSS (now), in MB. */
function rssMb(pid: number | undefined, field: "VmHWM" | "VmRSS" = "VmHWM"): number {
  const status = `/proc/${pid}/status`;
  const match = existsSync(status)
    ? new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(status, "utf8"))
    : null;
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

function call(operation: Operation, service: ServiceName, key: number) {
  const { path, body } = operation.call[service](key);
  return { path: service === "neo4j-graphql" ? "/" : path, body: JSON.stringify(body) };
}

async function ask(base: string, operation: Operation, service: ServiceName, key: number): Promise<unknown> {
  const { path, body } = call(operation, service, key);
  const response = await fetch(`${base}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const json: unknown = await response.json();
  const errors = (json as { errors?: unknown }).errors;
  if (!response.ok || errors) {
    throw new Error(
      `${service} ${operation.name} ${key}: ${response.status} ${JSON.stringify(errors ?? json).slice(0, 500)}`,
    );
  }
  return operation.answer[service](json);
}

interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(
  base: string,
  operation: Operation,
  service: ServiceName,
  duration: number,
): Promise<Run> {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections,
    duration,
    requests: [
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        setupRequest: (request) => {
          const key = operation.keys[next++ % operation.keys.length] as number;
          const { path, body } = call(operation, service, key);
          return { ...request, path, body };
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const geometricMean = (values: number[]) =>
  Math.exp(values.reduce((sum, value) => sum + Math.log(value), 0) / values.length);
const fixed = (value: number, digits = 2) => value.toFixed(digits);
const count = (value: number) => Math.round(value).toLocaleString("en");

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "showgraph-bench-query-"));
  const children: ChildProcess[] = [];
  try {
    const boltPort = await freePort();
    const [showgraphPort, libraryPort, rawPort] = [await freePort(), await freePort(), await freePort()];
    const showgraph = await start(
      "node",
      ["dist/main.js"],
      {
        PORT: String(showgraphPort),
        SEED_ON_START: "false",
        NEO4J_EMBEDDED_HOME: join(folder, "neo4j"),
        NEO4J_EMBEDDED_BOLT_PORT: String(boltPort),
        NEO4J_EMBEDDED_HEAP: process.env.NEO4J_EMBEDDED_HEAP ?? "2g",
        // Start-up migrations on a loaded shared machine can exceed the 15 s default.
        NEO4J_QUERY_TIMEOUT_MS: process.env.NEO4J_QUERY_TIMEOUT_MS ?? "60000",
      },
      /showgraph ready/,
    );
    children.push(showgraph.child);
    // The embedded Neo4j keeps its generated password in its home (src/neo4j/embedded/embedded-password.ts).
    const neo4jLogin = {
      NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
      NEO4J_USERNAME: "neo4j",
      NEO4J_PASSWORD: readFileSync(join(folder, "neo4j", "showgraph-password"), "utf8").trim(),
    };
    const file = join(folder, "bench.facts.jsonl");
    const { roles } = await writeSkewedFacts(file, size);
    console.log(`ingesting ${size.shows} shows, ${size.people} people, ${roles} roles...`);
    const ingestStarted = Date.now();
    await run("node", ["dist/cli/showgraph.js", "ingest", file], neo4jLogin);
    // The ingest ends by refreshing Neo4j's index statistics and query caches (docs/ingestion.md):
    // every server's statements are planned on the graph as ingested (co-stars: 64 req/s by
    // showgraph, 75 by raw Cypher on the stale statistics; 74 and 80 after).
    const ingestSeconds = (Date.now() - ingestStarted) / 1000;
    const library = await start(
      "node",
      [join(here, "neo4j-graphql-server.js")],
      { ...neo4jLogin, PORT: String(libraryPort) },
      /ready/,
    );
    children.push(library.child);
    const raw = await start(
      "node",
      [join(here, "raw-cypher-server.js")],
      { ...neo4jLogin, PORT: String(rawPort) },
      /ready/,
    );
    children.push(raw.child);
    const bases: Record<ServiceName, string> = {
      showgraph: `http://127.0.0.1:${showgraphPort}`,
      "neo4j-graphql": `http://127.0.0.1:${libraryPort}`,
      "raw-cypher": `http://127.0.0.1:${rawPort}`,
    };

    // Shows spread over the range; people from the busiest (index 0: hundreds of shows) to the quiet.
    const showKeys = Array.from({ length: 10 }, (_, i) => Math.floor((i * size.shows) / 10));
    const personKeys = [0, 1, 2, 3, 5, 8, 13, 40, 100, 300].filter((key) => key < size.people);
    const questions = operations(showKeys, personKeys);

    const mismatches: string[] = [];
    for (const operation of questions) {
      for (const key of operation.keys) {
        const [mine, theirs, floor] = await Promise.all(
          SERVICES.map((service) => ask(bases[service], operation, service, key)),
        );
        if (!isDeepStrictEqual(mine, theirs) || !isDeepStrictEqual(mine, floor)) {
          mismatches.push(
            `${operation.name} key ${key}: ${JSON.stringify([mine, theirs, floor]).slice(0, 400)}`,
          );
        }
      }
    }
    mismatches.forEach((mismatch) => console.error(`MISMATCH ${mismatch}`));

    const loadBefore = loadavg()[0] ?? 0;
    const runs = new Map<string, Run[]>();
    let rssUnderLoad = 0;
    for (const operation of questions) {
      for (const service of SERVICES) {
        await load(bases[service], operation, service, 2); // warm-up: plans cached, JIT warm
      }
    }
    for (let round = 0; round < rounds; round += 1) {
      for (const operation of questions) {
        // Interleaved, and the order rotated each round, so drifts in the machine's load hit all alike.
        const order = SERVICES.map((_, i) => SERVICES[(i + round) % SERVICES.length] as ServiceName);
        for (const service of order) {
          const result = await load(bases[service], operation, service, seconds);
          if (service === "showgraph") {
            // Sampled as each run ends, under the load: VmHWM also holds start-up's peak.
            rssUnderLoad = Math.max(rssUnderLoad, rssMb(showgraph.child.pid, "VmRSS"));
          }
          console.log(
            `round ${round + 1} ${operation.name} ${service}: ${fixed(result.requestsPerSecond, 0)} req/s p50 ${result.p50} ms p99 ${result.p99} ms`,
          );
          runs.set(`${operation.name}/${service}`, [
            ...(runs.get(`${operation.name}/${service}`) ?? []),
            result,
          ]);
        }
      }
    }
    const loadAfter = loadavg()[0] ?? 0;

    // Item 6 of the issue, reported apart: a second showgraph on the same Neo4j with the
    // in-process answer cache on, against the first (cache off), both asked the same GET mix.
    const cachedPort = await freePort();
    const cached = await start(
      "node",
      ["dist/main.js"],
      { ...neo4jLogin, PORT: String(cachedPort), SEED_ON_START: "false", GRAPHQL_RESPONSE_CACHE_MB: "64" },
      /showgraph ready/,
    );
    children.push(cached.child);
    const mix = repeatMix(questions);
    const mixBases = { off: bases.showgraph, on: `http://127.0.0.1:${cachedPort}` };
    const mixRuns: Record<"off" | "on", Run[]> = { off: [], on: [] };
    await loadGets(mixBases.on, mix, { seconds: 2, connections });
    for (let round = 0; round < rounds; round += 1) {
      for (const cache of round % 2 === 0 ? (["off", "on"] as const) : (["on", "off"] as const)) {
        const result = await loadGets(mixBases[cache], mix, { seconds, connections });
        console.log(`mix round ${round + 1} cache ${cache}: ${fixed(result.requestsPerSecond, 0)} req/s`);
        mixRuns[cache].push(result);
      }
    }
    const mixCell = (cache: "off" | "on", pick: (run: Run) => number) => median(mixRuns[cache].map(pick));
    const mixRow = (cache: "off" | "on", label: string) =>
      `| ${label} | ${count(mixCell(cache, (r) => r.requestsPerSecond))} | ${mixCell(cache, (r) => r.p50)} | ${mixCell(cache, (r) => r.p99)} | ${mixRuns[cache].reduce((sum, r) => sum + r.errors, 0)} |`;

    const medianOf = (operation: string, service: ServiceName, pick: (run: Run) => number) =>
      median((runs.get(`${operation}/${service}`) ?? []).map(pick));

    const rows = questions.map((operation) => {
      const rps = (service: ServiceName) => medianOf(operation.name, service, (r) => r.requestsPerSecond);
      const p = (service: ServiceName, key: "p50" | "p99") =>
        medianOf(operation.name, service, (r) => r[key]);
      const errors = (service: ServiceName) =>
        (runs.get(`${operation.name}/${service}`) ?? []).reduce((sum, r) => sum + r.errors, 0);
      return {
        operation,
        ratio: rps("showgraph") / rps("neo4j-graphql"),
        p99Ratio: p("showgraph", "p99") / p("raw-cypher", "p99"),
        cells: SERVICES.map(
          (service) =>
            `${count(rps(service))} / ${p(service, "p50")} / ${p(service, "p99")} / ${errors(service)}`,
        ),
      };
    });
    const showgraphRss = rssMb(showgraph.child.pid);
    const section = [
      "## Queries (`npm run bench:query`)",
      "",
      `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC by bench/query (src/bench-query.ts): a skewed graph of ${count(size.shows)} shows`,
      `(casts of 27-75), ${count(size.people)} people (cubic skew: a few in hundreds of shows, most in a handful), ${count(roles)} roles`,
      `(PLAYS + CHARACTER_IN) and ${size.networks} networks, written by \`showgraph ingest\` (${fixed(ingestSeconds, 0)} s) into one embedded Neo4j`,
      `(heap ${process.env.NEO4J_EMBEDDED_HEAP ?? "2g"}). The issue's size (2,000 shows, 20,000 people) is \`BENCH_SHOWS=2000 BENCH_PEOPLE=20000\`;`,
      "the default is smaller because ingest and the rounds take much longer on this shared machine.",
      `Three services on that Neo4j: showgraph (\`node dist/main.js\`), \`@neo4j/graphql\` 7 on Apollo Server`,
      "(bench/query/src/neo4j-graphql-server.ts; co-stars as a `@cypher` field) and a raw-Cypher HTTP server",
      "(bench/query/src/raw-cypher-server.ts, one hand-written statement per question).",
      `Answers compared for ${showKeys.length} shows and ${personKeys.length} people per question: ${mismatches.length === 0 ? "**identical** across the three" : `**${mismatches.length} differences** (listed by the script)`}.`,
      `autocannon, ${connections} connections, ${seconds} s per run after a 2 s warm-up, the keys cycled; ${rounds} interleaved rounds`,
      "(service order rotated each round); medians.",
      "",
      "Cells: req/s / p50 ms / p99 ms / errors.",
      "",
      "| operation | showgraph | @neo4j/graphql | raw Cypher | showgraph ÷ @neo4j/graphql (req/s) | showgraph p99 ÷ raw p99 |",
      "| --- | --- | --- | --- | --- | --- |",
      ...rows.map(
        (row) =>
          `| ${row.operation.description} | ${row.cells.join(" | ")} | **${fixed(row.ratio)}** | **${fixed(row.p99Ratio)}** |`,
      ),
      `| geometric mean | | | | **${fixed(geometricMean(rows.map((row) => row.ratio)))}** | ${fixed(geometricMean(rows.map((row) => row.p99Ratio)))} |`,
      "",
      "| measure | value |",
      "| --- | --- |",
      "| statements / transactions per request, showgraph | 1 / 1 for each of these (test/query-engine/statements-per-operation.int.test.ts) |",
      "| statements per request, @neo4j/graphql and raw Cypher | 1 (by construction: one translated or hand-written statement) |",
      `| RSS under the load, showgraph (Node; largest sample at the end of its runs) | ${rssUnderLoad} MB |`,
      `| peak RSS, showgraph (Node; lifetime VmHWM, start-up and migrations included) | ${showgraphRss} MB |`,
      `| peak RSS, @neo4j/graphql server / raw server | ${rssMb(library.child.pid)} MB / ${rssMb(raw.child.pid)} MB |`,
      `| machine | ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(totalmem() / 1024 ** 3)} GiB RAM, Node ${process.version} |`,
      `| load average (1 min) before / after the rounds | ${fixed(loadBefore, 1)} / ${fixed(loadAfter, 1)} (the machine is shared) |`,
      "",
      "### Repeats served from the answer cache (issue 12, item 6; not part of the comparison above)",
      "",
      `A mix of ${mix.length} GET requests (bench/query/src/repeat-mix.ts): the four questions in turn, each key drawn`,
      "with a Zipf-like skew (the k-th key about 1/k as often as the first), so popular keys repeat. The same",
      "showgraph build, once as above (no answer cache: every GET reads the graph version, then runs the",
      "query) and once with `GRAPHQL_RESPONSE_CACHE_MB=64` (a repeat at the same graph version is answered",
      `from memory after the version read). No writes during the runs. ${rounds} interleaved rounds, medians.`,
      "",
      "| showgraph, GET mix | req/s | p50 ms | p99 ms | errors |",
      "| --- | --- | --- | --- | --- |",
      mixRow("off", "answer cache off (default)"),
      mixRow("on", "`GRAPHQL_RESPONSE_CACHE_MB=64`"),
    ].join("\n");
    console.log(section);
    if (process.env.BENCH_WRITE !== "false") {
      const current = readFileSync(BENCHMARKS, "utf8");
      const block = `${START}\n${section}\n${END}`;
      writeFileSync(
        BENCHMARKS,
        current.includes(START)
          ? current.replace(new RegExp(`${START}[\\s\\S]*${END}`), block)
          : `${current.trimEnd()}\n\n${block}\n`,
      );
    }
  } finally {
    for (const child of children.reverse()) {
      child.kill("SIGTERM");
    }
    await new Promise((resolve) => setTimeout(resolve, 5000));
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
