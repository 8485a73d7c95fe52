import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import type { FixtureGraph } from "../support/fixture-graph.js";
import { buildFixtureGraph, createFixtureGraph, deleteFixtureGraph } from "../support/fixture-graph.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";
import type { ListPage, ListVariables } from "./list-helpers.js";
import { fetchAll, fetchPage, listQuery } from "./list-helpers.js";

const SHOWS = listQuery("shows", "Show");

/** Pages through a list with the given page sizes (cycled) in one direction; returns the ids in list order. */
async function walk(
  server: TestServer,
  variables: ListVariables,
  sizes: number[],
  direction: "FORWARD" | "BACKWARD",
): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let step = 0; ; step += 1) {
    const size = sizes[step % sizes.length] as number;
    const page: ListPage =
      direction === "FORWARD"
        ? await fetchPage(server, SHOWS, { ...variables, first: size, after: cursor })
        : await fetchPage(server, SHOWS, { ...variables, last: size, before: cursor });
    const pageIds = page.edges.map((edge) => edge.node.id);
    if (direction === "FORWARD") {
      ids.push(...pageIds);
      if (!page.pageInfo.hasNextPage) {
        return ids;
      }
      cursor = page.pageInfo.endCursor;
    } else {
      ids.unshift(...pageIds);
      if (!page.pageInfo.hasPreviousPage) {
        return ids;
      }
      cursor = page.pageInfo.startCursor;
    }
  }
}

describe("paging through a connection", () => {
  let server: TestServer;
  let graph: FixtureGraph;

  beforeAll(async () => {
    server = await startTestServer();
    graph = buildFixtureGraph();
    await createFixtureGraph(server.executor, graph);
  });
  afterAll(async () => {
    await deleteFixtureGraph(server.executor);
    await server.close();
  });

  // One network's shows (about a fifth of them) keep each run short while small pages still
  // cross many ties of cast size and title.
  for (const field of ["TITLE", "CAST_SIZE"]) {
    it(`visits every show once, forward and backward alike, by ${field}`, async () => {
      const filter = { network: toGlobalId("Network", "fixture-network-2") };
      const expectedCount = graph.shows.filter((show) => show.networks.includes("fixture-network-2")).length;
      expect(expectedCount).toBeGreaterThan(40);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom("ASC", "DESC"),
          fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 5 }),
          fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 5 }),
          async (direction, forwardSizes, backwardSizes) => {
            const variables = { filter, orderBy: { field, direction } };
            const forward = await walk(server, variables, forwardSizes, "FORWARD");
            const backward = await walk(server, variables, backwardSizes, "BACKWARD");
            expect(new Set(forward).size).toBe(expectedCount);
            expect(forward).toHaveLength(expectedCount);
            expect(backward).toEqual(forward);
            expect(forward).toEqual(await fetchAll(server, SHOWS, variables));
          },
        ),
        { numRuns: 12 },
      );
    });
  }
});
