import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, describe, expect, it, vi } from "vitest";

import { runExtractCommand } from "../../src/cli/extract-command.js";
import { ArticleInputError, MAX_ARTICLE_LENGTH } from "../../src/extract/article-input.js";
import { draftToYaml } from "../../src/extract/draft-to-yaml.js";
import { extractArticle, extractDraft } from "../../src/extract/extract-draft.js";
import { checkFactsFile } from "../../src/ingest/ingest-facts.js";

const folder = mkdtempSync(join(tmpdir(), "showgraph-extract-bad-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `showgraph extract` on a file holding `content`; returns the exit code and what it printed to stderr. */
async function extractFile(
  name: string,
  content: string | Buffer,
): Promise<{ code: number; errors: string }> {
  const file = join(folder, name);
  writeFileSync(file, content);
  const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
  const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  try {
    const code = await runExtractCommand(["--out", join(folder, `${name}.yaml`), file]);
    return { code, errors: errors.mock.calls.map((call) => String(call[0])).join("\n") };
  } finally {
    errors.mockRestore();
    out.mockRestore();
  }
}

describe("extraction from bad input: a clear message, never a crash", () => {
  it("refuses an empty file, or one of white space only", async () => {
    expect(() => extractDraft("  \n\t ")).toThrow(ArticleInputError);
    const { code, errors } = await extractFile("empty.txt", "\n\n");
    expect(code).toBe(1);
    expect(errors).toMatch(/empty\.txt: the article is empty: give a file with the article's text$/);
  });

  it("refuses a binary file", async () => {
    const bytes = Buffer.from(Array.from({ length: 4000 }, (_, index) => (index * 37) % 256));
    const { code, errors } = await extractFile("binary.txt", bytes);
    expect(code).toBe(1);
    expect(errors).toMatch(/binary\.txt: the file looks binary, not text/);
  });

  it("refuses an enormous article with the limit in the message", async () => {
    const huge = `Huge\n\n${"Lior Raz as Segev Azulai. ".repeat(MAX_ARTICLE_LENGTH / 20)}`;
    expect(() => extractDraft(huge)).toThrow(/over the limit of 500,000/);
    const { code, errors } = await extractFile("huge.txt", huge);
    expect(code).toBe(1);
    expect(errors).toMatch(/huge\.txt: .*over the limit of 500,000/);
  });

  it("says another language is not supported, and extracts what it recognises", async () => {
    const spanish = [
      "La casa de papel vuelve con su quinta parte",
      "",
      "La serie de Álex Pina se estrenó el 2 de mayo de 2017 en Antena 3. Úrsula Corberó es Tokio y",
      "Álvaro Morte es el Profesor. «Es el final que queríamos», dijo Pina a El País. La serie se rodó",
      "en Madrid, y Netflix la compró más tarde para todo el mundo, con nuevas partes cada año.",
    ].join("\n");
    const { draft, warnings } = extractArticle(spanish);
    expect(warnings).toEqual([expect.stringMatching(/does not read as English.*only English is supported/)]);
    expect(draft.entities.filter((entity) => entity.type === "Network").map((entity) => entity.id)).toEqual([
      "antena-3",
      "netflix",
    ]);
    const { code, errors } = await extractFile("spanish.txt", spanish);
    expect(code).toBe(0);
    expect(errors).toMatch(/warning: the article does not read as English/);
  });

  it("reads HTML pasted as text without its markup, offsets right against the text as given", async () => {
    const html = [
      "<html><body><h1>&lsquo;Fauda&rsquo; Renewed for Season 5</h1>",
      '<p>Yes has renewed <em>Fauda</em> for a fifth season, <a href="https://example.org">Variety</a> reported in March 2023.',
      "Lior Raz stars as Doron Kavillio.</p>",
      "<p>&ldquo;We start shooting in Jerusalem,&rdquo; Raz told Variety.</p>",
      "<script>var cast = 'Nobody as Nothing';</script></body></html>",
    ].join("\n");
    const { draft, warnings } = extractArticle(html);
    expect(warnings).toEqual([expect.stringMatching(/HTML markup/)]);
    expect(draft.article.text).toBe(html);
    expect(draft.entities[0]).toMatchObject({ type: "Show", id: "fauda", title: "Fauda" });
    const plays = draft.claims.filter((claim) => claim.predicate === "PLAYS");
    expect(plays.map((claim) => [claim.subject, claim.object])).toEqual([
      ["Person:lior-raz", "Character:fauda/doron-kavillio"],
    ]);
    for (const claim of draft.claims) {
      for (const { quote, start, end } of claim.support ?? []) {
        expect(html.slice(start, end)).toBe(quote);
      }
    }
    expect(draft.quotes.map((quote) => quote.text)).toEqual(["We start shooting in Jerusalem,"]);
    const renewal = draft.claims.find((claim) => claim.predicate === "status");
    expect(renewal).toMatchObject({ value: "RUNNING", validFrom: "2023-03" });
    expect(renewal?.support?.[0]?.quote).toContain("<em>Fauda</em>");

    const file = join(folder, "html.facts.yaml");
    writeFileSync(file, draftToYaml(draft, "html.txt", warnings));
    const { problems } = await checkFactsFile(file);
    expect(new Set(problems.map((problem) => problem.message.split(":")[0]))).toEqual(
      new Set(["this drafted claim is unreviewed"]),
    );
  });

  it("names a missing file instead of failing", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(await runExtractCommand([join(folder, "no-such-article.txt")])).toBe(1);
      expect(String(errors.mock.calls[0]?.[0])).toMatch(/no-such-article\.txt: no such file$/);
    } finally {
      errors.mockRestore();
    }
  });
});
