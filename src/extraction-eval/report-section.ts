import { errorList, totalsTable } from "./evaluation-report.js";
import type { ArticleResult } from "./run-evaluation.js";

/** One set of articles that `npm run eval:extract` scores and writes into docs/extraction.md. */
export interface EvaluationSet {
  /** Folder of `NAME.txt` beside `NAME.expected.yaml`. */
  folder: string;
  /** Its section in the report lies between `<!-- MARKER:start -->` and `<!-- MARKER:end -->`. */
  marker: string;
  /**
   * Whether the 0.9 target applies (the exit code). Only to the set the rules were developed on:
   * the holdout set measures whether extraction generalises, and a target on it would invite
   * tuning the rules to it.
   */
  gated: boolean;
}

/** The section written for one set: its table and what it still gets wrong, between its markers. */
export function reportSection(set: EvaluationSet, results: ArticleResult[]): string {
  return [
    `<!-- ${set.marker}:start -->`,
    "",
    `${results.length} articles (\`${set.folder}\`); written by \`npm run eval:extract\`.`,
    "",
    totalsTable(results),
    "",
    "What it still gets wrong, article by article:",
    "",
    errorList(results),
    "",
    `<!-- ${set.marker}:end -->`,
  ].join("\n");
}

/**
 * The report with the set's section replaced by `section`.
 *
 * @throws Error naming the markers when the report has no such section.
 */
export function replaceSection(report: string, set: EvaluationSet, section: string): string {
  const start = `<!-- ${set.marker}:start -->`;
  const end = `<!-- ${set.marker}:end -->`;
  const at = report.indexOf(start);
  const to = report.indexOf(end);
  if (at < 0 || to < at) {
    throw new Error(`the report has no ${start} ... ${end} section to write into`);
  }
  return `${report.slice(0, at)}${section}${report.slice(to + end.length)}`;
}
