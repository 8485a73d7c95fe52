import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

/**
 * A root look-up's selection plan is kept per document, but one document's root field may merge
 * more nodes for some variables than for others (a second `show(...)` under `@include(if: $x)`).
 * Asked first without it and then with it, the answer must equal the loaders' (`@include(if: true)`
 * on a nested connection makes the planner leave the field to them), not reuse the smaller plan.
 */
describe("a root field whose merged nodes depend on the variables", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function withoutThenWith(document: string, loaders: string) {
    const without = await server.query(document, { x: false });
    expect(without.errors).toBeUndefined();
    const [planned, loaded] = [
      await server.query(document, { x: true }),
      await server.query(loaders, { x: true }),
    ];
    expect(loaded.errors).toBeUndefined();
    expect(planned).toEqual(loaded);
  }

  it("reads the properties the included node asks for", async () => {
    const document = (loaders: boolean) => `query ($x: Boolean!) {
      show(name: "hit & run") { title }
      show(name: "hit & run") @include(if: $x) {
        status
        premiere { earliest }
        cast(first: 2) ${loaders ? "@include(if: true)" : ""} { totalCount }
      }
    }`;
    await withoutThenWith(document(false), document(true));
  });

  it("counts and makes cursors when only the included node asks for them", async () => {
    const document = (loaders: boolean) => `query ($x: Boolean!) {
      show(name: "hit & run") { cast(first: 2) ${loaders ? "@include(if: true)" : ""} { nodes { person { name } } } }
      ... @include(if: $x) { show(name: "hit & run") { cast(first: 2) { totalCount edges { cursor } } } }
    }`;
    await withoutThenWith(document(false), document(true));
  });
});
