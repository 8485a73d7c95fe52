import { openDatabase } from "../app/open-database.js";
import { printedEventLog } from "../observability/event-log.js";
import { loadConfig } from "../config/config.js";
import { TransactionTooLargeError } from "../errors/showgraph-error.js";
import { FactsFileError, formatProblem } from "../ingest/facts-problem.js";
import { checkFactsFile, ingestFactsFile } from "../ingest/ingest-facts.js";
import { refreshIndexStatistics } from "../ingest/index-statistics.js";
import { formatReport } from "../ingest/ingest-report.js";
import { createProgressBar } from "./progress-bar.js";

export const INGEST_USAGE = `Usage: showgraph ingest [--check] [--batch-size N] <file.facts.yaml|.json|.jsonl>...

Ingests each facts file in one transaction (all of it or nothing) and reports what it created,
matched and added; after the last file, refreshes Neo4j's index statistics when any file changed
the graph. --check only validates the files, without a database.`;

interface IngestArguments {
  files: string[];
  check: boolean;
  batchSize: number | undefined;
}

function parseArguments(args: string[]): IngestArguments | string {
  const parsed: IngestArguments = { files: [], check: false, batchSize: undefined };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    if (arg === "--check") {
      parsed.check = true;
    } else if (arg === "--batch-size") {
      const size = Number(args[(index += 1)]);
      if (!Number.isInteger(size) || size < 1) {
        return "--batch-size takes a whole number of records";
      }
      parsed.batchSize = size;
    } else if (arg.startsWith("-")) {
      return `unknown option ${arg}`;
    } else {
      parsed.files.push(arg);
    }
  }
  return parsed.files.length === 0 ? "no file given" : parsed;
}

/** `showgraph ingest`: returns the exit code (1 when any file had problems). */
export async function runIngestCommand(args: string[]): Promise<number> {
  const parsed = parseArguments(args);
  if (typeof parsed === "string") {
    console.error(`showgraph ingest: ${parsed}\n\n${INGEST_USAGE}`);
    return 2;
  }
  if (parsed.check) {
    let failed = false;
    for (const file of parsed.files) {
      const { problems, records } = await checkFactsFile(file);
      failed ||= problems.length > 0;
      console.log(
        problems.length === 0
          ? `${file}: ${records} records, no problems`
          : problems.map(formatProblem).join("\n"),
      );
    }
    return failed ? 1 : 0;
  }
  const log = printedEventLog((line) => console.error(line));
  const { connection, executor } = await openDatabase(loadConfig(), {
    migrate: true,
    seedIfEmpty: false,
    log,
  });
  let failed = false;
  let changed = false;
  try {
    for (const file of parsed.files) {
      const progress = createProgressBar(process.stdout, file);
      try {
        const report = await ingestFactsFile(executor, file, {
          batchSize: parsed.batchSize,
          onProgress: (done, total) => progress.update(done, total),
        });
        progress.stop();
        changed ||= report.changed;
        console.log(formatReport(report));
      } catch (error) {
        progress.stop();
        if (!(error instanceof FactsFileError || error instanceof TransactionTooLargeError)) {
          throw error;
        }
        failed = true;
        console.error(error instanceof FactsFileError ? error.message : `${file}: ${error.message}`);
      }
    }
    // Once, after the last file: a refresh clears Neo4j's query caches, which the next file's
    // statements would otherwise reuse. A file that failed or changed nothing asks for none.
    if (changed) {
      await refreshIndexStatistics(executor, log);
    }
  } finally {
    await connection.close();
  }
  return failed ? 1 : 0;
}
