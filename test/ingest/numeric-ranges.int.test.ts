import { readFileSync } from "node:fs";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GRAPHQL_INT_MAX } from "../../src/common/int-range.js";
import { projectRoot } from "../../src/common/project-root.js";
import { checkFactsFile, ingestFactsFile } from "../../src/ingest/ingest-facts.js";
import { factsFolder, factsHead } from "../support/facts-files.js";
import { idsAfterRefusedIngest, removeIngestFixtures } from "../support/ingest-fixtures.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const showFacts = (episodeCount: number, seasonNumber: number) =>
  factsHead("fixture-numbers-article") +
  [
    "entities:",
    "  - type: Show",
    "    id: fixture-numbers",
    "    title: Fixture Numbers",
    `    episodeCount: ${episodeCount}`,
    `    seasonCount: ${GRAPHQL_INT_MAX}`,
    "  - type: Season",
    "    id: fixture-numbers/last",
    "    show: fixture-numbers",
    `    number: ${seasonNumber}`,
    "claims:",
    "  - subject: Season:fixture-numbers/last",
    "    predicate: SEASON_OF",
    "    object: Show:fixture-numbers",
    "",
  ].join("\n");

const SHOW = `{ show(name: "fixture numbers") { episodeCount seasonCount seasons { number } } }`;

/**
 * Regression (issue 11): `episodeCount: 3000000000` ingested cleanly, then every query selecting it
 * failed (`Int cannot represent non 32-bit signed integer value`). The facts schema now refuses
 * what GraphQL's Int cannot carry, for every number (src/common/int-range.ts).
 */
describe("numbers a facts file may hold", () => {
  let server: TestServer;
  const files = factsFolder();
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await removeIngestFixtures(server.executor, []);
    await server.close();
    files.remove();
  });

  it("refuses an episode count past GraphQL's Int, with line and field, and writes nothing", async () => {
    const file = files.write("too-many.facts.yaml", showFacts(3_000_000_000, -1));
    expect((await checkFactsFile(file, "too-many.facts.yaml")).problems).toEqual([
      {
        file: "too-many.facts.yaml",
        line: 10,
        path: "entities[0].episodeCount",
        message: `must be at most ${GRAPHQL_INT_MAX}`,
      },
      { file: "too-many.facts.yaml", line: 15, path: "entities[1].number", message: "must not be negative" },
    ]);
    expect(await idsAfterRefusedIngest(server.executor, file, "fixture-numbers")).toEqual([]);
  });

  it("takes the largest numbers GraphQL can carry, and answers them", async () => {
    const file = files.write("largest.facts.yaml", showFacts(GRAPHQL_INT_MAX, GRAPHQL_INT_MAX));
    await ingestFactsFile(server.executor, file);
    const result = await server.query(SHOW);
    expect(result).toEqual({
      data: {
        show: {
          episodeCount: GRAPHQL_INT_MAX,
          seasonCount: GRAPHQL_INT_MAX,
          seasons: [{ number: GRAPHQL_INT_MAX }],
        },
      },
    });
  });

  it("bounds every number of the committed JSON Schema within what the API's types carry", () => {
    const schema = JSON.parse(
      readFileSync(join(projectRoot, "schema", "facts.schema.json"), "utf8"),
    ) as unknown;
    const numbers: { path: string; node: Record<string, unknown> }[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) {
        node.forEach((item, index) => walk(item, `${path}[${index}]`));
      } else if (node !== null && typeof node === "object") {
        const record = node as Record<string, unknown>;
        if (record.type === "integer" || record.type === "number") {
          numbers.push({ path, node: record });
        }
        Object.entries(record).forEach(([key, value]) => walk(value, `${path}.${key}`));
      }
    };
    walk(schema, "$");
    expect(numbers.length).toBeGreaterThanOrEqual(8);
    for (const { path, node } of numbers) {
      expect(typeof node.minimum, path).toBe("number");
      expect(typeof node.maximum, path).toBe("number");
      if (node.type === "integer") {
        expect(node.maximum as number, path).toBeLessThanOrEqual(GRAPHQL_INT_MAX);
        expect(node.minimum as number, path).toBeGreaterThanOrEqual(-GRAPHQL_INT_MAX - 1);
      }
    }
  });
});
