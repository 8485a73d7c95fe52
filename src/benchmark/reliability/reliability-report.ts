import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";

import { format, resolveConfig } from "prettier";

import type { FuzzFigures } from "./fuzz-phase.js";
import type { MixedLoadFigures } from "./mixed-load-phase.js";
import type { OutageFigures } from "./outage-phase.js";

const START = "<!-- bench-reliability:start -->";
const END = "<!-- bench-reliability:end -->";

/** The issue's targets (issue 11), as the doc states them and the script checks them. */
export const TARGETS = {
  loadErrors: 0,
  outageAnswerMs: 5_000,
  recoveryAfterReadyS: 10,
  crashes: 0,
  nodeMb: 500,
} as const;

export interface ReliabilityFigures {
  load?: MixedLoadFigures;
  outage?: OutageFigures;
  fuzz?: FuzzFigures;
}

export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

const mb = (value: number) => `${value} MB`;
const orNever = (value: number | null) => (value === null ? "never" : `${value} s`);

/** Each target with what was measured; a phase not run is not judged. */
export function checkTargets({ load, outage, fuzz }: ReliabilityFigures): TargetCheck[] {
  const checks: TargetCheck[] = [];
  if (load) {
    checks.push({
      target: "0 errors under the mixed load",
      measured: `${load.errors} errors`,
      met: load.errors === TARGETS.loadErrors,
    });
  }
  if (outage) {
    checks.push({
      target: `during the outage every request answered within ${TARGETS.outageAnswerMs / 1000} s`,
      measured: `slowest ${(outage.slowestOutageAnswerMs / 1000).toFixed(1)} s, ${outage.lost} unanswered`,
      met: outage.slowestOutageAnswerMs <= TARGETS.outageAnswerMs && outage.lost === 0,
    });
    checks.push({
      target: `first success at most ${TARGETS.recoveryAfterReadyS} s after Neo4j is ready again`,
      measured:
        outage.firstSuccessAfterReadyS === null
          ? `Neo4j ready again: ${orNever(outage.neo4jReadyAfterS)}; first success: ${orNever(outage.firstSuccessAfterKillS)} after the kill`
          : `${outage.firstSuccessAfterReadyS} s`,
      met:
        outage.firstSuccessAfterReadyS !== null &&
        outage.firstSuccessAfterReadyS <= TARGETS.recoveryAfterReadyS,
    });
  }
  if (fuzz) {
    checks.push({
      target: "0 crashes under fuzzing",
      measured: `${fuzz.crashes} crashes`,
      met: fuzz.crashes === TARGETS.crashes,
    });
    const broken = fuzz.violations.reduce((sum, violation) => sum + violation.count, 0);
    checks.push({
      target: "0 answers breaking the fuzz rules",
      measured: `${broken} answers`,
      met: broken === 0,
    });
  }
  const nodePeak = Math.max(load?.nodePeakMb ?? 0, outage?.nodePeakMb ?? 0, fuzz?.nodePeakMb ?? 0);
  checks.push({
    target: `Node stays under ${TARGETS.nodeMb} MB`,
    measured: `peak ${mb(nodePeak)}`,
    met: nodePeak < TARGETS.nodeMb,
  });
  return checks;
}

const codeList = (codes: [string, number][]) =>
  codes.length === 0
    ? "none"
    : codes.map(([code, count]) => `${code} ${count.toLocaleString("en")}`).join(", ");

function loadSection(load: MixedLoadFigures): string[] {
  return [
    `### Mixed load: ${load.durationSeconds} s at ${load.connections} connections`,
    "",
    `Each connection sends, in turn, the ${load.graphqlInMix} operations of schema/examples.graphql with an`,
    `export of Hit & Run's neighbourhood (/export/neighborhood, depth 1-2, JSON, GraphML, CSV, GEXF) after`,
    `every fourth (${load.exportsInMix} exports per turn), with autocannon, after sending each once.`,
    load.warmUpFailures.length === 0
      ? "Each succeeded when sent alone."
      : `Failed when sent alone: ${load.warmUpFailures.join("; ")}.`,
    "",
    "| answered | per second | p50 | p99 | errors | error codes | no answer | Node peak RSS | Neo4j peak RSS |",
    "| ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
    `| ${load.answered.toLocaleString("en")} | ${load.perSecond} | ${load.p50Ms} ms | ${load.p99Ms} ms | ${load.errors} | ${codeList(load.codes)} | ${load.noAnswer} | ${mb(load.nodePeakMb)} | ${mb(load.neo4jPeakMb)} |`,
    "",
    "By kind (an export's time includes its wait for a slot):",
    "",
    "| requests | answered | p50 | p99 |",
    "| --- | ---: | ---: | ---: |",
    ...load.byKind.map(
      ({ kind, answered, p50Ms, p99Ms }) =>
        `| ${kind === "graphql" ? "GraphQL" : "exports"} | ${answered.toLocaleString("en")} | ${p50Ms} ms | ${p99Ms} ms |`,
    ),
  ];
}

function outageSection(outage: OutageFigures): string[] {
  return [
    `### The embedded JVM killed (SIGKILL) under the same load at ${outage.connections} connections`,
    "",
    "| measure | value |",
    "| --- | --- |",
    `| every request answered within 5 s from | ${orNever(outage.failFastAfterS)} after the kill |`,
    `| slowest answer during the outage | ${(outage.slowestOutageAnswerMs / 1000).toFixed(1)} s |`,
    `| Neo4j ready again (a new JVM listening) | ${orNever(outage.neo4jReadyAfterS)} after the kill |`,
    `| the new JVM's ready line ("is back") | ${orNever(outage.backAfterS)} after the kill |`,
    `| first success | ${orNever(outage.firstSuccessAfterKillS)} after the kill, ${orNever(outage.firstSuccessAfterReadyS)} after Neo4j was ready, ${orNever(outage.firstSuccessAfterBackS)} after the ready line |`,
    `| answered with an error during the outage | ${outage.failed} (${codeList(outage.failedCodes)}) |`,
    `| lost (no answer at all) | ${outage.lost} |`,
    `| errors after the first success | ${outage.failedAfterRecovery} |`,
    `| service process | ${outage.serviceExit === undefined ? "stayed up" : `exited (${outage.serviceExit})`} |`,
    `| peak RSS | Node ${mb(outage.nodePeakMb)}, Neo4j ${mb(outage.neo4jPeakMb)} |`,
  ];
}

function fuzzSection(fuzz: FuzzFigures): string[] {
  return [
    `### ${fuzz.requests.toLocaleString("en")} fuzzed requests (seed ${fuzz.seed}, ${fuzz.durationSeconds} s)`,
    "",
    "Generated by src/fuzz (the generators of test/reliability/fuzz.int.test.ts): schema-aware operations",
    fuzz.abusive
      ? "with hostile arguments, the query shapes that once took the service down, and malformed HTTP."
      : "with hostile arguments and malformed HTTP, without the query shapes that took the service down (--gentle).",
    "",
    `Crashes: ${fuzz.crashes}${fuzz.crashReasons.length > 0 ? ` (${fuzz.crashReasons.join("; ")})` : ""}. Slowest answer: ${(fuzz.slowestMs / 1000).toFixed(1)} s.`,
    `Peak RSS: Node ${mb(fuzz.nodePeakMb)}, Neo4j ${mb(fuzz.neo4jPeakMb)}.`,
    "",
    `Codes answered: ${codeList(fuzz.codes)}.`,
    "",
    ...(fuzz.violations.length === 0
      ? [
          "No answer broke a rule (no 5xx but 503, no INTERNAL_SERVER_ERROR, no HTML, every error coded, nothing internal).",
        ]
      : [
          "Rules broken, by kind of request and answer, with the first request that broke each:",
          "",
          ...fuzz.violations.map(
            ({ violation, kind, count, example }) =>
              `- **${violation}** (${kind}): ${count} answers. ${example
                .replace(/\s+/g, " ")
                .slice(0, 400)
                .replace(/[\\`*_<>[\]|]/g, "\\$&")}`,
          ),
        ]),
  ];
}

/** The "Measured" section: machine, targets met or not, then each phase's figures. */
export function measuredSection(figures: ReliabilityFigures, checks: readonly TargetCheck[]): string {
  const lines = [
    "## Measured",
    "",
    `Written by \`npm run bench:reliability\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: the compiled`,
    "service started as `npm start` starts it (embedded Neo4j in a temporary folder on free ports, seeded),",
    `on ${cpus().length} cores and ${Math.round(totalmem() / 2 ** 30)} GB (load average ${loadavg()[0]?.toFixed(1)} at the end, shared with others).`,
    "",
    "| target | measured | met |",
    "| --- | --- | :---: |",
    ...checks.map(({ target, measured, met }) => `| ${target} | ${measured} | ${met ? "yes" : "**no**"} |`),
    "",
    ...(figures.load ? [...loadSection(figures.load), ""] : []),
    ...(figures.outage ? [...outageSection(figures.outage), ""] : []),
    ...(figures.fuzz ? fuzzSection(figures.fuzz) : []),
  ];
  return lines.join("\n").trimEnd();
}

/**
 * Replaces the generated section of `path` (created with "# Reliability" if absent), nothing else,
 * and formats the file with Prettier as `npm run check` expects it.
 */
export async function writeMeasuredSection(path: string, section: string): Promise<void> {
  const current = existsSync(path) ? readFileSync(path, "utf8") : "# Reliability\n";
  const block = `${START}\n${section}\n${END}`;
  const next = current.includes(START)
    ? current.replace(new RegExp(`${START}[\\s\\S]*${END}`), () => block)
    : `${current.trimEnd()}\n\n${block}\n`;
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(next, { ...options, filepath: path }));
}
