import { isMap, isSeq, LineCounter, parseDocument } from "yaml";
import type { Document, YAMLError } from "yaml";

import { InvalidUtf8Error, readUtf8File, readUtf8Lines } from "../common/utf8-text.js";
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

/**
 * A record, or a problem. An `unreadable` problem is one where part of the file could not be read
 * at all (not UTF-8, not YAML or JSON): what that part may have held (the article) is then not
 * asked for, so one syntax error is one problem.
 */
export type FactsFileItem = { record: RawFactsRecord } | { problem: FactsProblem; unreadable?: boolean };

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
  let source: string;
  try {
    source = await readUtf8File(file);
  } catch (error) {
    if (error instanceof InvalidUtf8Error) {
      yield unreadable(file, error);
      return;
    }
    throw error;
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;
  if (document.errors.length > 0) {
    for (const problem of yamlProblems(file, document.errors, lineCounter)) {
      yield { problem, unreadable: true };
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
    yield {
      problem: { file, line: 1, path: "", message: `YAML: ${(error as Error).message}` },
      unreadable: true,
    };
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

/**
 * One problem per syntax problem: the parser may report one mistake several times at the same
 * place (a bad indent breaks the flow sequence and the mapping around it), each with line and
 * column.
 */
function yamlProblems(file: string, errors: readonly YAMLError[], lineCounter: LineCounter): FactsProblem[] {
  const byPlace = new Map<number, FactsProblem>();
  for (const error of errors) {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    if (!byPlace.has(error.pos[0])) {
      byPlace.set(error.pos[0], {
        file,
        line,
        column: col,
        path: "",
        message: `YAML: ${firstLine(error.message)}`,
      });
    }
  }
  return [...byPlace.values()];
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? text;
}

function unreadable(file: string, { line, column, message }: InvalidUtf8Error): FactsFileItem {
  return { problem: { file, line, column, path: "", message }, unreadable: true };
}

async function* readJsonLines(file: string): AsyncGenerator<FactsFileItem> {
  const counts: Record<FactsSection, number> = { article: 0, entities: 0, quotes: 0, claims: 0 };
  // An unreadable first line may have been the article: the lines after it are not told to be.
  let firstLineRead: boolean | undefined;
  for await (const read of readUtf8Lines(file)) {
    const lineNumber = read.line;
    if ("error" in read) {
      firstLineRead ??= false;
      yield unreadable(file, read.error);
      continue;
    }
    const line = read.text;
    if (line.trim() === "") {
      continue;
    }
    const problem = (message: string, path = "") => ({ problem: { file, line: lineNumber, path, message } });
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      firstLineRead ??= false;
      yield { ...problem(`JSON: ${(error as Error).message}`), unreadable: true };
      continue;
    }
    const keys = parsed !== null && typeof parsed === "object" ? Object.keys(parsed) : [];
    const section = keys.length === 1 ? LINE_KEYS[keys[0] as string] : undefined;
    if (!section) {
      firstLineRead ??= false;
      yield problem('each line must be an object with one key: "article", "entity", "quote" or "claim"');
      continue;
    }
    firstLineRead ??= true;
    const isFirst = counts.article + counts.entities + counts.quotes + counts.claims === 0;
    if (firstLineRead && (section === "article") !== isFirst) {
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
