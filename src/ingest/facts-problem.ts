import { BadUserInputError } from "../errors/showgraph-error.js";

/** One thing wrong with a facts file, located as an editor would show it. */
export interface FactsProblem {
  file: string;
  /** 1-based line of the record or field; 0 when the problem is the file itself. */
  line: number;
  /** 1-based column, for problems of the file's syntax (not UTF-8, not YAML). */
  column?: number;
  /** Where in the record: `claims[3].support[0].quote`. */
  path: string;
  message: string;
}

/** A problem with one field of a record, before it is located in the file: `path` is relative to the record. */
export interface FieldProblem {
  path: ReadonlyArray<PropertyKey>;
  message: string;
}

export function formatProblem({ file, line, column, path, message }: FactsProblem): string {
  const place = line > 0 ? `:${line}${column === undefined ? "" : `:${column}`}` : "";
  return `${file}${place}: ${path === "" ? "" : `${path}: `}${message}`;
}

/** Formats a record path as people write it: `claims[3].support[0].quote`. */
export function formatPath(path: ReadonlyArray<string | number | symbol>): string {
  return path
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

/**
 * A facts file that was not ingested: nothing was written, and `problems` lists every problem
 * found (a bad input error, so a GraphQL mutation reusing the ingest path reports it as such).
 */
export class FactsFileError extends BadUserInputError {
  readonly problems: FactsProblem[];

  constructor(problems: FactsProblem[]) {
    const files = [...new Set(problems.map((problem) => problem.file))].join(", ");
    super(
      `${files}: ${problems.length} problem${problems.length === 1 ? "" : "s"}, nothing was ingested:\n${problems
        .map(formatProblem)
        .join("\n")}`,
      { problems },
    );
    this.problems = problems;
  }
}
