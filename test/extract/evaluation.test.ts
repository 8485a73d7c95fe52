import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";
import { parse } from "yaml";

import { totals } from "../../src/extraction-eval/evaluation-report.js";
import { EVALUATION_FOLDER, runEvaluation } from "../../src/extraction-eval/run-evaluation.js";
import { checkFactsFile } from "../../src/ingest/ingest-facts.js";

const reviewed = readdirSync(EVALUATION_FOLDER).filter((file) => file.endsWith(".reviewed.facts.yaml"));

describe("the extraction evaluation set (eval/extraction)", () => {
  it("has at least ten articles, each with what a reader marks and its reviewed draft", () => {
    const articles = readdirSync(EVALUATION_FOLDER).filter((file) => file.endsWith(".txt"));
    expect(articles.length).toBeGreaterThanOrEqual(10);
    expect(reviewed.map((file) => file.replace(".reviewed.facts.yaml", ""))).toEqual(
      articles.map((file) => file.replace(".txt", "")),
    );
  });

  it("meets the target: precision and recall of at least 0.9 for every kind", async () => {
    const below = totals(await runEvaluation())
      .filter((row) => row.precision < 0.9 || row.recall < 0.9)
      .map((row) => `${row.kind}: precision ${row.precision.toFixed(2)}, recall ${row.recall.toFixed(2)}`);
    expect(below).toEqual([]);
  });

  for (const file of reviewed) {
    it(`${file}: the reviewed draft passes ingest --check, over the article's own text`, async () => {
      const path = join(EVALUATION_FOLDER, file);
      const { problems } = await checkFactsFile(path);
      expect(problems).toEqual([]);
      const article = (parse(readFileSync(path, "utf8")) as { article: { text: string } }).article;
      expect(article.text).toBe(readFileSync(path.replace(".reviewed.facts.yaml", ".txt"), "utf8"));
    });
  }
});
