import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { buildFixtureGraph, createFixtureGraph, deleteFixtureGraph } from "../support/fixture-graph.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const THREE_LEVELS = `query ($first: Int) {
  shows(first: $first, filter: { titleContains: "fixture" }, orderBy: { field: CAST_SIZE, direction: DESC }) {
    edges { node { title cast { edges { node { person { name castCredits { totalCount } } } } } } }
  }
}`;

describe("round trips of nested lists", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await createFixtureGraph(server.executor, buildFixtureGraph());
  });
  afterAll(async () => {
    await deleteFixtureGraph(server.executor);
    await server.close();
  });

  async function statementsFor(first: number): Promise<number> {
    const before = server.statements.length;
    const result = await server.query<{ shows: { edges: { node: { cast: { edges: unknown[] } } }[] } }>(
      THREE_LEVELS,
      { first },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.shows.edges).toHaveLength(first);
    expect(result.data?.shows.edges.every(({ node }) => node.cast.edges.length > 0)).toBe(true);
    return server.statements.length - before;
  }

  it("sends one statement per level, however many shows, casts and people", async () => {
    const few = await statementsFor(5);
    const many = await statementsFor(50);
    expect(many).toBe(few);
    expect(many).toBeLessThanOrEqual(4);
  });
});
