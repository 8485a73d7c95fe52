import { relative } from "node:path";

import type { CypherExecutor, CypherTransaction } from "../neo4j/cypher-executor.js";
import { FactsChecker } from "./check-record.js";
import type { FactsInput } from "./facts-input.js";
import type { FactsProblem } from "./facts-problem.js";
import { FactsFileError } from "./facts-problem.js";
import { FactsWriter } from "./facts-writer.js";
import type { IngestReport } from "./ingest-report.js";
import { readFactsFile } from "./read-facts-file.js";

/** Records per batch: larger batches mean fewer round trips; each batch's rows are held in memory. */
export const DEFAULT_BATCH_SIZE = 10_000;

export interface IngestOptions {
  /** Records per UNWIND statement. */
  batchSize?: number;
  /** Called after each batch. */
  onProgress?: (records: number, total: number) => void;
  /** The file as problems and the report name it (default: relative to the working directory). */
  displayName?: string;
  /** The transaction's timeout; a large file needs more than a query's default. */
  timeoutMs?: number;
  /** Check against the graph and report, then roll back: nothing is written. */
  dryRun?: boolean;
  /**
   * More work in the same transaction once the file has changed the graph (an edit record, for
   * the API), told the article's id and the ids of the claims the file created.
   */
  alsoInTransaction?: (
    tx: CypherTransaction,
    written: { articleId: string; claimsCreated: string[] },
  ) => Promise<void>;
}

export interface CheckResult {
  problems: FactsProblem[];
  records: number;
}

/** Reads and checks a facts file without a database: every problem, with its line and field. */
export async function checkFactsFile(file: string, displayName = displayNameOf(file)): Promise<CheckResult> {
  const checker = new FactsChecker(displayName);
  const problems: FactsProblem[] = [];
  let records = 0;
  for await (const item of readFactsFile(file)) {
    if ("problem" in item) {
      problems.push({ ...item.problem, file: displayName });
      // Not a word about a missing article when the part that may have held it could not be read.
      if (item.unreadable === true && records === 0) {
        checker.startUnreadable();
      }
      continue;
    }
    records += 1;
    problems.push(...checker.check(item.record).problems);
  }
  problems.push(...checker.finish());
  return { problems, records };
}

/**
 * Ingests one facts file in one transaction: all of it, or (on any problem) nothing. Entities are
 * matched to what the graph has (external id, id, then name), claims by id or by what they state,
 * so ingesting a file again changes nothing, and a second article stating a known fact adds itself
 * as a source of the existing claim. The file is read twice, as a stream: once to check it, once
 * to write it, in batches.
 */
export async function ingestFactsFile(
  executor: CypherExecutor,
  file: string,
  {
    batchSize = DEFAULT_BATCH_SIZE,
    onProgress,
    displayName = displayNameOf(file),
    timeoutMs = 600_000,
    dryRun = false,
    alsoInTransaction,
  }: IngestOptions = {},
): Promise<IngestReport> {
  const started = Date.now();
  const checked = await checkFactsFile(file, displayName);
  if (checked.problems.length > 0) {
    throw new FactsFileError(checked.problems);
  }
  const writer = await executor.writeTransaction(
    async (tx) => {
      const writer = await writeFactsFile(tx, file, {
        displayName,
        batchSize,
        onProgress: (records) => onProgress?.(records, checked.records),
      });
      if (writerChanged(writer)) {
        await alsoInTransaction?.(tx, {
          articleId: writer.articleId ?? "",
          claimsCreated: writer.claimsCreated,
        });
      }
      return writer;
    },
    { operation: `ingest ${displayName}`, timeoutMs, rollback: dryRun },
  );
  const changed = writerChanged(writer);
  return {
    file: displayName,
    articleId: writer.articleId ?? "",
    counts: writer.counts,
    relationshipsCreated: writer.relationshipsCreated,
    propertiesSet: writer.propertiesSet,
    changed,
    records: checked.records,
    elapsedMs: Date.now() - started,
  };
}

/**
 * Writes a facts file already checked (checkFactsFile found no problem) in the caller's
 * transaction: the part of ingestFactsFile that an edit through the API (addClaim) runs inside its
 * own transaction, with its edit record. FactsFileError when the graph refuses a record (a
 * reference to nothing); the caller's transaction then rolls back.
 */
export async function writeFactsFile(
  tx: CypherTransaction,
  file: string,
  {
    displayName,
    batchSize = DEFAULT_BATCH_SIZE,
    onProgress,
  }: { displayName: string; batchSize?: number; onProgress?: (records: number) => void },
): Promise<FactsWriter> {
  const checker = new FactsChecker(displayName);
  const writer = new FactsWriter({ tx, file: displayName, batchSize, onProgress });
  for await (const item of readFactsFile(file)) {
    const input = "record" in item ? checker.check(item.record).input : undefined;
    if (input) {
      await writer.add(input as FactsInput);
    }
  }
  await writer.finish();
  if (writer.problems.length > 0) {
    throw new FactsFileError(writer.problems);
  }
  return writer;
}

/** Whether the file changed anything: false when the graph already held all it says. */
function writerChanged(writer: FactsWriter): boolean {
  return (
    writer.relationshipsCreated > 0 ||
    Object.values(writer.counts).some((counts) => counts.created + counts.updated + counts.newSources > 0)
  );
}

function displayNameOf(file: string): string {
  const name = relative(process.cwd(), file);
  return name === "" || name.startsWith("..") ? file : name;
}
