import { readFile, readdir } from "node:fs/promises";
import { basename, join } from "node:path";

import { parse } from "yaml";

import { extractDraft } from "../extract/extract-draft.js";
import { draftFacts } from "./draft-facts.js";
import { expectedFactsSchema } from "./expected-facts.js";
import type { ArticleScore } from "./score.js";
import { scoreArticle } from "./score.js";

/** The evaluation set: each `NAME.txt` beside its `NAME.expected.yaml`. */
export const EVALUATION_FOLDER = "eval/extraction";

/**
 * The holdout set: articles written and marked before any rule saw them, scored apart to measure
 * whether extraction generalises (docs/extraction.md).
 */
export const HOLDOUT_FOLDER = "eval/extraction-holdout";

export interface ArticleResult {
  name: string;
  score: ArticleScore;
  /** Milliseconds to extract the draft (after the first article has warmed the model). */
  milliseconds: number;
}

/** Extracts a draft from every article of the folder and scores it against what a reader marked. */
export async function runEvaluation(folder = EVALUATION_FOLDER): Promise<ArticleResult[]> {
  const names = (await readdir(folder))
    .filter((file) => file.endsWith(".txt"))
    .map((file) => basename(file, ".txt"))
    .sort();
  const results: ArticleResult[] = [];
  for (const name of names) {
    const text = await readFile(join(folder, `${name}.txt`), "utf8");
    const expected = expectedFactsSchema.parse(
      parse(await readFile(join(folder, `${name}.expected.yaml`), "utf8")),
    );
    const started = performance.now();
    const draft = extractDraft(text);
    const milliseconds = performance.now() - started;
    results.push({ name, score: scoreArticle(draftFacts(draft), expected), milliseconds });
  }
  return results;
}
