import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

import { runExtractCommand } from "../../src/cli/extract-command.js";
import { checkFactsFile } from "../../src/ingest/ingest-facts.js";
import { factsFolder, factsHead } from "../support/facts-files.js";
import { idsAfterRefusedIngest } from "../support/ingest-fixtures.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

const INVALID = Uint8Array.of(0xff);
const bytes = (...parts: (string | Uint8Array)[]) =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : part)));

/** An entity whose title (line 9) holds a byte that is not UTF-8 after "Søren " (column 18, not byte 19). */
const BAD_TITLE = bytes(
  factsHead("fixture-utf8-article"),
  "entities:\n  - type: Show\n    id: fixture-utf8-show\n    title: Søren ",
  INVALID,
  "s Show\n",
);

/**
 * Regressions (issue 11): a facts file with invalid UTF-8 inside a title ingested with exit 0 and
 * stored U+FFFD; a YAML syntax error also reported "article: required". A file that cannot be
 * read is one problem per thing wrong with it, with line and column, and nothing is written.
 */
describe("facts files that cannot be read", () => {
  let database: TestExecutor;
  const files = factsFolder();
  const problemsOf = async (name: string, content: string | Uint8Array) =>
    (await checkFactsFile(files.write(name, content), name)).problems;

  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
  });
  afterAll(async () => {
    await database.close();
    files.remove();
  });

  it("refuses a YAML file with a byte that is not UTF-8, naming its line and column, and writes nothing", async () => {
    const file = files.write("bad-bytes.facts.yaml", BAD_TITLE);
    expect(await problemsOf("bad-bytes.facts.yaml", BAD_TITLE)).toEqual([
      {
        file: "bad-bytes.facts.yaml",
        line: 9,
        column: 18,
        path: "",
        message: "not valid UTF-8 (byte 0xFF at line 9, column 18): save the file as UTF-8",
      },
    ]);
    expect(await idsAfterRefusedIngest(database.executor, file, "fixture-utf8")).toEqual([]);
  });

  it("refuses each line of a JSON lines file that is not UTF-8, and asks nothing of what it held", async () => {
    const article = JSON.stringify({ article: { id: "fixture-utf8-lines", title: "T", text: "T." } });
    const content = bytes(
      article,
      "\n",
      '{"entity": {"type": "Show", "id": "fixture-utf8-x", "title": "',
      INVALID,
      '"}}\r\n',
    );
    expect(await problemsOf("bad.facts.jsonl", content)).toEqual([
      {
        file: "bad.facts.jsonl",
        line: 2,
        column: 63,
        path: "",
        message: "not valid UTF-8 (byte 0xFF at line 2, column 63): save the file as UTF-8",
      },
    ]);
    // The article's line unreadable: no second problem saying the file has no article.
    const first = bytes(
      '{"article": {"id": "x',
      INVALID,
      '"}}\n',
      '{"entity": {"type": "Show", "id": "fixture-y", "title": "Y"}}\n',
    );
    expect(
      (await problemsOf("first.facts.jsonl", first)).map(({ line, message }) => [line, message]),
    ).toEqual([[1, "not valid UTF-8 (byte 0xFF at line 1, column 22): save the file as UTF-8"]]);
  });

  it.each([
    // Where the parser finds out: at the end of the document.
    ["an unclosed quote", '  title: "Broken\n', 8, 1, 'YAML: Missing closing "quote'],
    [
      "a mapping inside a compact one",
      "  title: a: b\n",
      6,
      10,
      "YAML: Nested mappings are not allowed in compact mappings",
    ],
    // The parser says this twice at one place (also "Implicit keys need to be on a single line").
    [
      "a line indented too far",
      "   url: https://example.com\n",
      5,
      11,
      "YAML: Nested mappings are not allowed in compact mappings",
    ],
  ])(
    "reports %s once, with line and column, and nothing about the schema",
    async (_, line, atLine, column, message) => {
      const yaml = [
        'format: "showgraph-facts/1"',
        "article:",
        "  id: fixture-yaml",
        "  text: T.",
        "  author: A",
        line,
      ].join("\n");
      expect(await problemsOf("syntax.facts.yaml", `${yaml}claims: []\n`)).toEqual([
        { file: "syntax.facts.yaml", line: atLine, column, path: "", message },
      ]);
    },
  );

  it("refuses an article to extract from that is not UTF-8", async () => {
    const file = files.write("article.txt", bytes("Lior Raz as Segev ", INVALID, "Azulai\n"));
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      expect(await runExtractCommand([file])).toBe(1);
      expect(errors.mock.calls.flat().join("\n")).toContain(`${file}:1:19: not valid UTF-8`);
    } finally {
      errors.mockRestore();
    }
  });
});
