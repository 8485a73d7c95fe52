import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { rebuildNameKeys } from "../../src/db/migrations/rebuild-name-keys.js";
import { ingestFactsFile } from "../../src/ingest/ingest-facts.js";
import { factsFolder, factsHead } from "../support/facts-files.js";
import { removeIngestFixtures } from "../support/ingest-fixtures.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const PERSON = "query ($name: String) { person(name: $name) { name } }";
const SEARCH = `query ($text: String!) { search(text: $text, types: [PERSON]) { nodes { score node { ... on Person { name } } } } }`;

interface SearchResult {
  search: { nodes: { score: number; node: { name: string } }[] };
}

/**
 * Regression (issue 11): "Søren Kierkegård" was not found by `person(name: "Soren Kierkegard")`,
 * and search found him only as a typo, with a fraction of the score: ø and å-less letters that do
 * not decompose were not folded. Look-ups, filters, search and the stored keys fold them alike.
 */
describe("names with letters that do not decompose", () => {
  let server: TestServer;
  const files = factsFolder();
  beforeAll(async () => {
    server = await startTestServer();
    const facts = `${factsHead("fixture-folding-article")}entities:
  - type: Person
    id: fixture-soren
    name: Søren Kierkegård
`;
    await ingestFactsFile(server.executor, files.write("folding.facts.yaml", facts));
  });
  afterAll(async () => {
    await removeIngestFixtures(server.executor, []);
    await server.close();
    files.remove();
  });

  it("finds Søren Kierkegård as Soren Kierkegard, in any case", async () => {
    for (const name of ["Soren Kierkegard", "SØREN KIERKEGÅRD", "søren kierkegard"]) {
      expect(await server.query(PERSON, { name })).toEqual({
        data: { person: { name: "Søren Kierkegård" } },
      });
    }
    const listed = await server.query(
      `{ people(filter: { nameContains: "kierkegard" }) { nodes { name } } }`,
    );
    expect(listed).toEqual({ data: { people: { nodes: [{ name: "Søren Kierkegård" }] } } });
  });

  it("scores the search without the letters as the search with them", async () => {
    const search = async (text: string) =>
      (await server.query<SearchResult>(SEARCH, { text })).data?.search.nodes[0];
    const folded = await search("Soren Kierkegard");
    expect(folded?.node.name).toBe("Søren Kierkegård");
    expect(folded?.score).toBe((await search("Søren Kierkegård"))?.score);
  });

  it("rebuilds keys stored before the folding (migration 0009), and a second run changes nothing", async () => {
    await server.executor.write(
      { cypher: "MATCH (p:Person {id: 'fixture-soren'}) SET p.nameKey = 'søren kierkegård'" },
      { operation: "test: a key from before 0009" },
    );
    expect(await server.query(PERSON, { name: "Soren Kierkegard" })).toEqual({ data: { person: null } });
    expect((await rebuildNameKeys(server.executor)).Person).toBe(1);
    expect(await server.query(PERSON, { name: "Soren Kierkegard" })).toEqual({
      data: { person: { name: "Søren Kierkegård" } },
    });
    expect(Object.values(await rebuildNameKeys(server.executor)).every((changed) => changed === 0)).toBe(
      true,
    );
    const [recorded] = await server.executor.read<{ name: string }>(
      { cypher: "MATCH (m:Migration {version: 9}) RETURN m.name AS name" },
      { operation: "test" },
    );
    expect(recorded).toEqual({ name: "0009-fold-name-keys" });
  });
});
