import { execFileSync } from "node:child_process";

import { compareNlpLibraries } from "../extraction-eval/compare-nlp-libraries.js";

/** Installed size of a package folder, in kilobytes (du), or "?" where du is missing. */
function sizeOf(folder: string): string {
  try {
    return execFileSync("du", ["-sk", folder], { encoding: "utf8" }).split("\t")[0] ?? "?";
  } catch {
    return "?";
  }
}

/**
 * `npm run bench:nlp`: the figures behind the choice of NLP library (docs/extraction.md): on the
 * evaluation set, how many marked names, places and dates each candidate gives as one unit, how
 * many sentences it splits inside a name's initials or an abbreviation, its speed and its size.
 */
const scores = await compareNlpLibraries();
const ratio = (part: { found: number; expected: number }) =>
  `${part.found}/${part.expected} (${(part.found / part.expected).toFixed(2)})`;
console.log(
  "| library | people's names whole | places whole | dates at the text's precision | false sentence splits | ms per article | size on disk |",
);
console.log(
  "| ------- | -------------------- | ------------ | ----------------------------- | --------------------- | -------------- | ------------ |",
);
const sizes: Record<string, string> = {
  wink: `${sizeOf("node_modules/wink-nlp")} + ${sizeOf("node_modules/wink-eng-lite-web-model")} KB`,
  compromise: `${sizeOf("node_modules/compromise")} + ${sizeOf("node_modules/compromise-dates")} KB`,
};
for (const score of scores) {
  const size = score.library.startsWith("wink") ? sizes.wink : sizes.compromise;
  console.log(
    `| ${score.library} | ${ratio(score.people)} | ${ratio(score.places)} | ${ratio(score.dates)} | ${score.falseSplits} | ${score.millisecondsPerArticle.toFixed(2)} | ${size} |`,
  );
}
