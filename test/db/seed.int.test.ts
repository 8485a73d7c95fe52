import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";

import { seedDatabase } from "../../src/db/seed/seed-database.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

interface GraphCounts {
  nodes: number;
  relationships: number;
  properties: number;
}

async function countGraph({ executor }: TestExecutor): Promise<GraphCounts> {
  const [counts] = await executor.read<GraphCounts>(
    {
      cypher: `
        CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS nodeProperties }
        CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships, sum(size(keys(r))) AS relationshipProperties }
        RETURN nodes, relationships, nodeProperties + relationshipProperties AS properties`,
    },
    { operation: "test: count graph" },
  );
  return counts as GraphCounts;
}

describe("the seed", () => {
  let database: TestExecutor;
  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
  });
  afterAll(() => database.close());

  it("changes nothing when it runs again", async () => {
    const before = await countGraph(database);
    await seedDatabase(database.executor);
    await seedDatabase(database.executor);
    expect(await countGraph(database)).toEqual(before);
    expect(before.nodes).toBeGreaterThan(50);
  });

  it("holds the article's show, network, cancellation and showrunner", async () => {
    const [row] = await database.executor.read<Record<string, unknown>>(
      {
        cypher: `
          MATCH (show:Show {id: 'hit-and-run'})
          MATCH (netflix:Network)-[:CARRIES]->(show)
          MATCH (netflix)-[canceled:CANCELED]->(show)
          MATCH (showrunner:Person)-[:WORKED_ON {job: 'SHOWRUNNER'}]->(show)
          MATCH (show)-[:RELATED_TO]-(related:Show)
          RETURN show.kind AS kind, show.status AS status, netflix.name AS network,
                 toString(canceled.date) AS canceled, canceled.datePrecision AS canceledPrecision,
                 showrunner.name AS showrunner, related.title AS related`,
      },
      { operation: "test: seed facts" },
    );
    expect(row).toEqual({
      kind: "SERIES",
      status: "CANCELED",
      network: "Netflix",
      canceled: "2021-09-01",
      canceledPrecision: "MONTH",
      showrunner: "Nicole Yorkin",
      related: "Fauda",
    });
  });

  it("keeps the article's full text, and every quote stands at its offsets", async () => {
    const rows = await database.executor.read<{ text: string; quote: string; start: number; end: number }>(
      {
        cypher: `
          MATCH (article:Article {id: 'hit-and-run-season-2-release'})<-[support:SUPPORTED_BY|QUOTED_IN]-()
          RETURN article.text AS text, coalesce(support.quote, '') AS quote, support.start AS start, support.end AS end`,
      },
      { operation: "test: quotes" },
    );
    expect(rows.length).toBeGreaterThan(40);
    for (const { text, quote, start, end } of rows) {
      if (quote !== "") {
        expect(text.slice(start, end)).toBe(quote);
      }
    }
  });
});
