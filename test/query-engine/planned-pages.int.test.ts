import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";
import { connectionPageQuery, pageThrough } from "../support/page-through.js";

/**
 * The planned look-up keeps one statement per shape of arguments (direction, which cursors) for
 * each document: one document asked with different variables must page exactly as the batched
 * loaders do. `@include(if: true)` on the connection makes the planner leave it to the loaders.
 */
const page = (connection: string, planned: boolean) =>
  connectionPageQuery('show(name: "hit & run")', connection, "person { name } character { name }", planned);

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { person: { name: string }; character: { name: string } } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

describe("planned look-ups page like the loaders", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function ask(planned: boolean, variables: Record<string, unknown>): Promise<Page> {
    const result = await server.query<{ show: { cast: Page } }>(page("cast", planned), variables);
    expect(result.errors).toBeUndefined();
    return result.data?.show.cast as Page;
  }

  it("forwards with after, and backwards with before, page for page and cursor for cursor", async () => {
    // Each page asked both ways, planned and through the loaders: the same page, cursors included.
    const both = async (args: Record<string, unknown>) => {
      const [planned, loaded]: [Page, Page] = await Promise.all([ask(true, args), ask(false, args)]);
      expect(planned).toEqual(loaded);
      return { items: planned.edges.map((edge) => edge.node.person.name), pageInfo: planned.pageInfo };
    };
    const forwards = await pageThrough("forwards", 3, both);
    expect(forwards).toHaveLength(7);
    expect(await pageThrough("backwards", 3, both)).toEqual(forwards);
  });

  it("answers nodes alone (no cursor asked for) with the same items, one statement per request", async () => {
    const statements: string[] = [];
    const stop = server.executor.onTransaction((record) => statements.push(`${record.statements}`));
    const result = await server.query<{ show: { cast: { nodes: { person: { name: string } }[] } } }>(
      `query ($first: Int) { show(name: "hit & run") { cast(first: $first) { nodes { person { name } } } } }`,
      { first: 4 },
    );
    const again = await server.query<{ show: { cast: { nodes: { person: { name: string } }[] } } }>(
      `query ($first: Int) { show(name: "hit & run") { cast(first: $first) { nodes { person { name } } } } }`,
      { first: 2 },
    );
    stop();
    const full = await ask(true, { first: 7 });
    expect(result.data?.show.cast.nodes).toEqual(
      full.edges.slice(0, 4).map((edge) => ({ person: edge.node.person })),
    );
    expect(again.data?.show.cast.nodes).toEqual(
      full.edges.slice(0, 2).map((edge) => ({ person: edge.node.person })),
    );
    expect(statements).toEqual(["1", "1"]);
  });

  it("reads a node's key only for the fields that need it: ids and display names as the loaders give them", async () => {
    const query = (planned: boolean) => `{
      show(name: "hit & run") {
        cast(first: 3) ${planned ? "" : "@include(if: true)"} {
          nodes { person { id displayName } character { name } show { id } }
        }
        networks { network { displayName } }
      }
    }`;
    const [planned, loaded] = await Promise.all([server.query(query(true)), server.query(query(false))]);
    expect(planned.errors).toBeUndefined();
    expect(planned).toEqual(loaded);
  });
});
