import { readFile, writeFile } from "node:fs/promises";

import { errorList, totals, totalsTable } from "../extraction-eval/evaluation-report.js";
import { EVALUATION_FOLDER, runEvaluation } from "../extraction-eval/run-evaluation.js";

const REPORT = "docs/extraction.md";
const START = "<!-- eval:extract:start -->";
const END = "<!-- eval:extract:end -->";

/**
 * `npm run eval:extract`: extracts a draft from every article of the evaluation set, prints
 * precision and recall per kind, and writes them (with what is still wrong) into
 * docs/extraction.md between its markers. Exits 1 when a kind is below the 0.9 target.
 */
async function main(): Promise<number> {
  const results = await runEvaluation();
  const table = totalsTable(results);
  const milliseconds = results.slice(1).reduce((total, result) => total + result.milliseconds, 0);
  const perArticle = results.length > 1 ? milliseconds / (results.length - 1) : 0;
  console.log(`${results.length} articles in ${EVALUATION_FOLDER}\n\n${table}\n`);
  console.log(`Extraction: ${perArticle.toFixed(1)} ms per article after the first.`);
  const section = [
    START,
    "",
    `${results.length} articles (\`${EVALUATION_FOLDER}\`); written by \`npm run eval:extract\`.`,
    "",
    table,
    "",
    "What it still gets wrong, article by article:",
    "",
    errorList(results),
    "",
    END,
  ].join("\n");
  const report = await readFile(REPORT, "utf8");
  const at = report.indexOf(START);
  const end = report.indexOf(END);
  if (at < 0 || end < at) {
    console.error(`${REPORT} has no ${START} ... ${END} section to write into`);
    return 2;
  }
  await writeFile(REPORT, `${report.slice(0, at)}${section}${report.slice(end + END.length)}`);
  console.log(`Wrote ${REPORT}.`);
  const below = totals(results).filter((row) => row.precision < 0.9 || row.recall < 0.9);
  if (below.length > 0) {
    console.log(`Below the 0.9 target: ${below.map((row) => row.kind).join(", ")}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
