import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";

import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import type { Document } from "yaml";

import type { FactsProblem } from "./facts-problem.js";

export type FactsSection = "article" | "entities" | "quotes" | "claims";

/** One record of a facts file, not yet validated, with a way to find the line of any field in it. */
export interface RawFactsRecord {
  section: FactsSection;
  /** Position within its section (0 for the article). */
  index: number;
  value: unknown;
  /** The 1-based line of a field of this record (the nearest enclosing one that exists). */
  lineOf(path: ReadonlyArray<PropertyKey>): number;
}

export type FactsFileItem = { record: RawFactsRecord } | { problem: FactsProblem };

/** Uses of one anchor (times the aliases inside it) a YAML file may have. */
const MAX_ALIAS_COUNT = 1000;

const SECTIONS: readonly FactsSection[] = ["entities", "quotes", "claims"];
const LINE_KEYS: Record<string, FactsSection> = {
  article: "article",
  entity: "entities",
  quote: "quotes",
  claim: "claims",
};

/** Whether a file is read as a stream of JSON lines rather than as one document. */
export function isJsonLines(file: string): boolean {
  return /\.(?:jsonl|ndjson)$/i.test(file);
}

/**
 * Reads a facts file record by record: the article first, then entities, quotes and claims in
 * file order. YAML and JSON files are one document (JSON is read by the YAML parser, which knows
 * lines); .jsonl files are streamed a line at a time, so a large file is never held in memory.
 */
export function readFactsFile(file: string): AsyncGenerator<FactsFileItem> {
  return isJsonLines(file) ? readJsonLines(file) : readDocument(file);
}

async function* readDocument(file: string): AsyncGenerator<FactsFileItem> {
  const lineCounter = new LineCounter();
  const document = parseDocument(await readFile(file, "utf8"), { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      yield { problem: { file, line: lineAt(error.pos[0]), path: "", message: `YAML: ${error.message}` } };
    }
    return;
  }
  const lineOf = (path: ReadonlyArray<PropertyKey>) => lineAt(nearestNode(document, path)?.range?.[0]);
  const root = document.contents;
  if (!isMap(root)) {
    yield {
      problem: { file, line: 1, path: "", message: "must be a mapping with format, article and claims" },
    };
    return;
  }
  let header: Record<string, unknown>;
  try {
    // Aliases let a file say a recurring value once (the seed's confidence notes); the limit still
    // stops an alias bomb, whose nested aliases multiply.
    header = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as Record<string, unknown>;
  } catch (error) {
    yield { problem: { file, line: 1, path: "", message: `YAML: ${(error as Error).message}` } };
    return;
  }
  for (const key of Object.keys(header)) {
    if (!["$schema", "format", "article", ...SECTIONS].includes(key)) {
      yield { problem: { file, line: lineOf([key]), path: key, message: "unknown section" } };
    }
  }
  if (header.format !== "showgraph-facts/1") {
    yield {
      problem: { file, line: lineOf(["format"]), path: "format", message: 'must be "showgraph-facts/1"' },
    };
  }
  yield {
    record: {
      section: "article",
      index: 0,
      value: header.article,
      lineOf: (path) => lineOf(["article", ...path]),
    },
  };
  for (const section of SECTIONS) {
    const items = header[section];
    if (items === undefined) {
      continue;
    }
    if (!Array.isArray(items) || !isSeq(document.get(section))) {
      yield { problem: { file, line: lineOf([section]), path: section, message: "must be a list" } };
      continue;
    }
    for (const [index, value] of items.entries()) {
      yield { record: { section, index, value, lineOf: (path) => lineOf([section, index, ...path]) } };
    }
  }
}

/** The deepest node of the document on the path (a missing field is reported at its parent). */
function nearestNode(document: Document, path: ReadonlyArray<PropertyKey>) {
  for (let length = path.length; length >= 0; length -= 1) {
    const node = document.getIn(path.slice(0, length) as unknown[], true) as
      { range?: [number, number, number] } | undefined;
    if (node && typeof node === "object" && "range" in node) {
      return node;
    }
  }
  return undefined;
}

async function* readJsonLines(file: string): AsyncGenerator<FactsFileItem> {
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  const counts: Record<FactsSection, number> = { article: 0, entities: 0, quotes: 0, claims: 0 };
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === "") {
      continue;
    }
    const problem = (message: string, path = "") => ({ problem: { file, line: lineNumber, path, message } });
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      yield problem(`JSON: ${(error as Error).message}`);
      continue;
    }
    const keys = parsed !== null && typeof parsed === "object" ? Object.keys(parsed) : [];
    const section = keys.length === 1 ? LINE_KEYS[keys[0] as string] : undefined;
    if (!section) {
      yield problem('each line must be an object with one key: "article", "entity", "quote" or "claim"');
      continue;
    }
    if (
      (section === "article") !==
      (counts.article === 0 && counts.entities + counts.quotes + counts.claims === 0)
    ) {
      yield problem(
        section === "article"
          ? "only the first line may be the article"
          : "the first line must be the article",
      );
    }
    const at = lineNumber;
    yield {
      record: {
        section,
        index: counts[section]++,
        value: (parsed as Record<string, unknown>)[keys[0] as string],
        lineOf: () => at,
      },
    };
  }
}
