import type { FactKind } from "./draft-facts.js";
import { KINDS } from "./draft-facts.js";
import type { ArticleResult } from "./run-evaluation.js";

export interface KindTotals {
  kind: FactKind;
  correct: number;
  found: number;
  expected: number;
  precision: number;
  recall: number;
}

/** Precision = right / found, recall = right / expected, over the whole set; 1 when nothing to count. */
export function totals(results: ArticleResult[]): KindTotals[] {
  return KINDS.map((kind) => {
    const sum = (field: "correct" | "found" | "expected") =>
      results.reduce((total, result) => total + result.score[kind][field], 0);
    const correct = sum("correct");
    const found = sum("found");
    const expected = sum("expected");
    return {
      kind,
      correct,
      found,
      expected,
      precision: found === 0 ? 1 : correct / found,
      recall: expected === 0 ? 1 : correct / expected,
    };
  });
}

const figure = (value: number) => value.toFixed(2);

/** A Markdown table with its columns padded as Prettier writes them, so the written docs stay formatted. */
export function markdownTable(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, 3, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

/** The per-kind table, as Markdown. */
export function totalsTable(results: ArticleResult[]): string {
  const rows = totals(results).map((row) => [
    row.kind,
    figure(row.precision),
    figure(row.recall),
    String(row.correct),
    String(row.found),
    String(row.expected),
  ]);
  return markdownTable(["kind", "precision", "recall", "right", "found", "expected"], rows);
}

/** What each article still gets wrong: facts missed and facts found that the reader did not mark. */
export function errorList(results: ArticleResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    for (const kind of KINDS) {
      const { missed, wrong } = result.score[kind];
      for (const fact of missed) {
        lines.push(`- ${result.name}, ${kind}: missed ${fact}`);
      }
      for (const fact of wrong) {
        lines.push(`- ${result.name}, ${kind}: wrongly found ${fact}`);
      }
    }
  }
  return lines.length > 0 ? lines.join("\n") : "- nothing";
}
