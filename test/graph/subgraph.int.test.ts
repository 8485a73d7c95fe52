import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";

import { loadNeighborhood, loadPaths } from "../../src/graph/subgraph.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

const SEGEV = { label: "Character", key: "hit-and-run/segev-azulai" };
const NAOMI = { label: "Character", key: "hit-and-run/naomi-hicks" };

/**
 * Two people tied only through provenance claims, and one tied to a node of a label with no
 * GraphQL type: neither the claims nor that node belong in a neighbourhood or on a path.
 */
const FIXTURES = `
CREATE (a:Person {id: 'fixture-graph-a', name: 'Fixture Graph A', nameKey: 'fixture graph a'})
CREATE (b:Person {id: 'fixture-graph-b', name: 'Fixture Graph B', nameKey: 'fixture graph b'})
CREATE (claim:Claim {id: 'fixture-graph-claim', predicate: 'KNOWS'})
CREATE (claim)-[:SUBJECT]->(a), (claim)-[:OBJECT]->(b)
CREATE (odd:FixtureUnregistered {id: 'fixture-graph-odd'})-[:TOUCHES]->(a)
CREATE (odd)-[:TOUCHES]->(b)`;

describe("the plain subgraph interface (for exports)", () => {
  let database: TestExecutor;
  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
    await database.executor.write({ cypher: FIXTURES }, { operation: "test fixtures" });
  });
  afterAll(async () => {
    await database.executor.write(
      { cypher: "MATCH (n) WHERE n.id STARTS WITH 'fixture-graph-' DETACH DELETE n" },
      { operation: "test fixtures" },
    );
    await database.close();
  });

  it("gives plain nodes and relationships, with every stored property", async () => {
    expect(await loadPaths({ executor: database.executor, from: SEGEV, to: NAOMI })).toEqual({
      missing: [],
      paths: [
        {
          length: 1,
          nodes: [
            {
              ...SEGEV,
              properties: expect.objectContaining({
                id: SEGEV.key,
                name: "Segev Azulai",
                nameKey: "segev azulai",
              }),
            },
            {
              ...NAOMI,
              properties: expect.objectContaining({
                id: NAOMI.key,
                name: "Naomi Hicks",
                nameKey: "naomi hicks",
              }),
            },
          ],
          relationships: [
            {
              id: expect.any(String),
              type: "EX_PARTNER_OF",
              startLabel: SEGEV.label,
              startKey: SEGEV.key,
              endLabel: NAOMI.label,
              endKey: NAOMI.key,
              properties: {},
            },
          ],
        },
      ],
    });
  });

  it("reports a missing end instead of throwing", async () => {
    expect(
      await loadPaths({ executor: database.executor, from: SEGEV, to: { label: "Show", key: "nothing" } }),
    ).toEqual({ missing: ["to"], paths: [] });
  });

  it("leaves out provenance claims and nodes without a GraphQL type", async () => {
    const a = { label: "Person", key: "fixture-graph-a" };
    const b = { label: "Person", key: "fixture-graph-b" };
    expect(await loadPaths({ executor: database.executor, from: a, to: b, maxLength: 6 })).toEqual({
      missing: [],
      paths: [],
    });
    const neighborhood = await loadNeighborhood({ executor: database.executor, ...a, depth: 3 });
    expect(neighborhood).toEqual({
      nodes: [{ ...a, properties: { id: a.key, name: "Fixture Graph A", nameKey: "fixture graph a" } }],
      relationships: [],
      truncated: false,
    });
  });

  it("is null for a key that names nothing", async () => {
    expect(await loadNeighborhood({ executor: database.executor, label: "Show", key: "nothing" })).toBeNull();
  });
});
