import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { ConnectionDefinition } from "../../src/pagination/connection-definition.js";
import { dateSortKey } from "../../src/pagination/connection-definition.js";
import { toPageRequest } from "../../src/pagination/connection-args.js";
import { ConnectionLoader } from "../../src/pagination/connection-loader.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";
import { pageThrough } from "../support/page-through.js";

/**
 * A connection ordered by a date (newest first, undated last) is ordered by the date itself while
 * its cursors hold the date's ISO string (dateSortKey): paging with cursors, forwards and
 * backwards, with and without the total, must visit every item once in the order of one page.
 * The items are a literal list, so nothing is written to the shared graph.
 */
const ITEMS = [
  { id: "a", date: "2021-08-06" },
  { id: "b", date: null },
  { id: "c", date: "2019-01-31" },
  { id: "d", date: "2021-08-06" },
  { id: "e", date: "1999-12-31" },
  { id: "f", date: null },
];
const dated: ConnectionDefinition<string> = {
  name: "Test.dated",
  match: "UNWIND $items AS item WITH parentKey, item.id AS id, date(item.date) AS day",
  binds: ["id", "day"],
  sortKeys: [dateSortKey("day"), { expression: "id" }],
  returns: "{id: id}",
  toNode: (row) => row.id as string,
};

describe("pages ordered by a date", () => {
  let database: TestExecutor;
  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"), inject("neo4jPassword"));
  });
  afterAll(() => database.close());

  const page = (args: Parameters<typeof toPageRequest>[0], totalCount: boolean) =>
    new ConnectionLoader(database.executor).load(
      dated,
      "parent",
      { ...toPageRequest(args), totalCount },
      { items: ITEMS },
    );

  it.each([true, false])(
    "visits every item once, one at a time, forwards and backwards (total: %s)",
    async (total) => {
      const all = (await page({ first: 10 }, total)).nodes;
      expect(all).toEqual(["a", "d", "c", "e", "b", "f"]);
      const ask = async (args: Record<string, unknown>) => {
        const { nodes, pageInfo } = await page(args, total);
        return { items: nodes, pageInfo };
      };
      const forwards = await pageThrough("forwards", 1, ask);
      const backwards = await pageThrough("backwards", 2, ask);
      expect(forwards).toEqual(all);
      expect(backwards).toEqual(all);
    },
  );
});
