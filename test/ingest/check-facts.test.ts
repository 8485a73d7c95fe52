import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import { checkFactsFile } from "../../src/ingest/ingest-facts.js";

const fixture = (name: string) => join(projectRoot, "test", "fixtures", name);
const folder = mkdtempSync(join(tmpdir(), "showgraph-facts-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const article = { id: "fixture-article", title: "Fixture", text: "Fixture Actor as Fixture Role." };

describe("checking a facts file", () => {
  it("reports every problem of a YAML file with its line and field path", async () => {
    const file = fixture("fixture-invalid.facts.yaml");
    const name = relative(process.cwd(), file);
    const { problems } = await checkFactsFile(file);
    expect(problems).toEqual(
      [
        [12, "entities[1].show", "required"],
        [18, "entities[2].premiereDate", 'must be a quoted date: "2021", "2021-09" or "2021-09-14"'],
        [19, "entities[2].seasons", "unknown field"],
        [
          25,
          "claims[0].support[0].quote",
          'does not match the article text at 1..30 ("ixture Actor as Fixture Role."); it occurs at 0',
        ],
        [27, "claims[1].subject", "PLAYS links a Person to a Character: the subject must be a Person"],
        [30, "claims[2].value", "required for a property claim"],
        [30, "claims[2].deprecationReason", "required for a DEPRECATED claim: say why it is wrong"],
        [
          33,
          "claims[2].reviewed",
          "this drafted claim is unreviewed: check it against the article, then remove `reviewed: false`",
        ],
      ].map(([line, path, message]) => ({ file: name, line, path, message })),
    );
  });

  it("finds lines in JSON files too", async () => {
    const file = join(folder, "bad.facts.json");
    const document = {
      format: "showgraph-facts/1",
      article,
      claims: [{ subject: "Person:fixture-actor", predicate: "PLAYS", object: "Show:x", support: [{}] }],
    };
    writeFileSync(file, JSON.stringify(document, null, 2));
    const { problems } = await checkFactsFile(file, "bad.facts.json");
    expect(problems.map(({ line, path, message }) => [line, path, message])).toEqual([
      [14, "claims[0].support[0].quote", "required"],
    ]);
    const valid = await checkFactsFile(fixture("fixture-second-article.facts.yaml"));
    expect(valid).toEqual({ problems: [], records: 10 });
  });

  it("reads JSON lines one record a line, and asks for records to come before their use", async () => {
    const file = join(folder, "lines.facts.jsonl");
    const lines = [
      { article },
      {
        claim: { subject: "Person:fixture-actor", predicate: "PLAYS", object: "Character:fixture-show/role" },
      },
      { entity: { type: "Person", id: "fixture-actor", name: "Fixture Actor" } },
      { entity: { type: "Person", id: "fixture-actor", name: "Fixture Actor" } },
      "not json",
      { quote: { id: "fixture-quote", text: "Fixture Role" } },
      { claim: { subject: "Quote:fixture-quote", predicate: "kind", value: "X", confidence: 2 } },
    ];
    writeFileSync(
      file,
      lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n"),
    );
    const { problems, records } = await checkFactsFile(file, "lines.facts.jsonl");
    expect(records).toBe(6);
    expect(problems.map(({ line, path, message }) => [line, path, message])).toEqual([
      [4, "entities[1].id", "Person:fixture-actor is already given on line 3"],
      [5, "", expect.stringMatching(/^JSON: Unexpected token/)],
      [7, "claims[1].confidence", "must be between 0 and 1"],
      [
        2,
        "claims[0].subject",
        "Person:fixture-actor is given further down (line 3): give it above its first use",
      ],
    ]);
  });

  it("finds a quotation's offsets when it occurs once, and asks for them when it does not", async () => {
    const file = join(folder, "offsets.facts.yaml");
    writeFileSync(
      file,
      [
        "format: showgraph-facts/1",
        "article: { id: fixture-article, title: Fixture, text: 'Fixture Actor as Fixture Role.' }",
        "quotes:",
        "  - { id: fixture-once, text: Actor as }",
        "  - { id: fixture-twice, text: Fixture }",
        "  - { id: fixture-never, text: Director }",
      ].join("\n"),
    );
    const { problems } = await checkFactsFile(file, "offsets.facts.yaml");
    expect(problems.map(({ line, path, message }) => [line, path, message])).toEqual([
      [5, "quotes[1].text", "occurs more than once in the article text (first at 0): give its start"],
      [6, "quotes[2].text", "is not in the article text"],
    ]);
  });

  it("reads YAML anchors and aliases, and reports a problem at the alias's own line", async () => {
    const file = join(folder, "anchors.facts.yaml");
    writeFileSync(
      file,
      [
        "format: showgraph-facts/1",
        "article: { id: fixture-article, title: Fixture, text: 'Fixture Actor as Fixture Role.' }",
        "claims:",
        "  - subject: Person:fixture-actor",
        "    predicate: nickname",
        "    value: actor",
        "    confidenceNote: &note A note said once.",
        "  - subject: Person:fixture-actor",
        "    predicate: alias",
        "    value: role",
        "    confidenceNote: *note",
        "  - subject: Person:fixture-actor",
        "    predicate: nickname",
        "    value: other",
        "    confidenceNote: &empty ''",
        "  - subject: Person:fixture-actor",
        "    predicate: alias",
        "    value: other",
        "    confidenceNote: *empty",
      ].join("\n"),
    );
    const { problems, records } = await checkFactsFile(file, "anchors.facts.yaml");
    expect(records).toBe(5);
    expect(problems.map(({ line, path, message }) => [line, path, message])).toEqual([
      [15, "claims[2].confidenceNote", "must not be empty"],
      [19, "claims[3].confidenceNote", "must not be empty"],
    ]);
  });

  it("reports too many uses of an anchor (an alias bomb's way) as a problem of the file", async () => {
    const file = join(folder, "bomb.facts.yaml");
    const claim = (index: number) =>
      `  - { subject: Person:fixture-actor, predicate: nickname, value: v${index}, note: *n }`;
    writeFileSync(
      file,
      [
        "format: showgraph-facts/1",
        "article: { id: fixture-article, title: Fixture, text: 'Fixture Actor as Fixture Role.' }",
        "claims:",
        "  - { subject: Person:fixture-actor, predicate: alias, value: x, note: &n A note. }",
        ...Array.from({ length: 1001 }, (_, index) => claim(index)),
      ].join("\n"),
    );
    const { problems } = await checkFactsFile(file, "bomb.facts.yaml");
    // Nothing of the document is read: one problem, not a second one about its article.
    expect(problems.map(({ line, path, message }) => [line, path, message])).toEqual([
      [1, "", "YAML: Excessive alias count indicates a resource exhaustion attack"],
    ]);
  });
});
