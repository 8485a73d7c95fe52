import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { CAST_CREDIT_PROJECTION, toCastCredit } from "../../src/credit/cast-credit.type.js";
import { ingestFactsFile } from "../../src/ingest/ingest-facts.js";
import type { ConnectionDefinition } from "../../src/pagination/connection-definition.js";
import { dateSortKey } from "../../src/pagination/connection-definition.js";
import { toPageRequest } from "../../src/pagination/connection-args.js";
import { ConnectionLoader } from "../../src/pagination/connection-loader.js";
import { encodeCursor } from "../../src/pagination/cursor.js";
import { cursorOrder } from "../../src/pagination/cursor-order.js";
import {
  CREDIT_ORDER_EXPECTED,
  CREDIT_ORDER_PERSON,
  creditOrderFacts,
  staleCreditOrders,
} from "../support/credit-order-fixture.js";
import { factsFolder } from "../support/facts-files.js";
import { removeIngestFixtures } from "../support/ingest-fixtures.js";
import type { PageInfoShape } from "../support/page-through.js";
import { connectionPageQuery, pageThrough } from "../support/page-through.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

/**
 * Person.castCredits orders by the key each character stores (src/credit/credit-order.ts). This
 * is the statement it replaced, ordered by the show itself: the reference the new order must
 * equal, page for page.
 */
const ORDERED_BY_THE_SHOW: ConnectionDefinition<unknown> = {
  name: "Person.castCredits",
  match:
    "MATCH (person:Person)-[plays:PLAYS]->(character:Character)-[:CHARACTER_IN]->(show:Show) WHERE person.id = parentKey",
  binds: ["person", "plays", "character", "show"],
  sortKeys: [
    dateSortKey("show.premiereDate"),
    { expression: "show.nameKey" },
    { expression: "character.id" },
  ],
  returns: CAST_CREDIT_PROJECTION,
  toNode: toCastCredit,
};

/** The connection's page, planned by the query engine or (`@include`) left to the batched loaders. */
const CREDITS = (planned: boolean) =>
  connectionPageQuery(
    `person(name: "${CREDIT_ORDER_PERSON.name}")`,
    "castCredits",
    "character { name } show { title }",
    planned,
  );

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { character: { name: string }; show: { title: string } } }[];
  pageInfo: PageInfoShape;
}

describe("a person's cast credits: newest show first, undated last, then title, then character", () => {
  let server: TestServer;
  const folder = factsFolder();

  beforeAll(async () => {
    server = await startTestServer();
    await ingestFactsFile(
      server.executor,
      folder.write("credits.json", creditOrderFacts("fixture-co-article")),
    );
  });
  afterAll(async () => {
    await removeIngestFixtures(server.executor, []);
    await server.close();
    folder.remove();
  });

  async function ask(planned: boolean, variables: Record<string, unknown>): Promise<Page> {
    const result = await server.query<{ person: { castCredits: Page } }>(CREDITS(planned), variables);
    expect(result.errors).toBeUndefined();
    return result.data?.person.castCredits as Page;
  }

  it("keeps the order of the statement that ordered by the show: equal dates, equal titles, undated shows", async () => {
    expect(await staleCreditOrders(server.executor, "fixture-co-")).toEqual([]);
    const all = await ask(true, { first: 50 });
    expect(all.totalCount).toBe(CREDIT_ORDER_EXPECTED.length);
    expect(all.edges.map((edge) => edge.node.character.name)).toEqual(CREDIT_ORDER_EXPECTED);
    expect(all.edges[0]?.node.show).toEqual({ title: "Hotel" });

    const reference = await new ConnectionLoader(server.executor).load(
      ORDERED_BY_THE_SHOW,
      CREDIT_ORDER_PERSON.id,
      {
        ...toPageRequest({ first: 50 }),
        totalCount: true,
      },
    );
    expect(
      reference.nodes.map((credit) => (credit as { character: { name: string } }).character.name),
    ).toEqual(CREDIT_ORDER_EXPECTED);
  });

  it.each([1, 2, 3])(
    "pages by %i forwards with after and backwards with before, planned and through the loaders alike",
    async (size) => {
      const both = async (args: Record<string, unknown>) => {
        const [planned, loaded] = await Promise.all([ask(true, args), ask(false, args)]);
        expect(planned).toEqual(loaded);
        return { items: planned.edges.map((edge) => edge.node.character.name), pageInfo: planned.pageInfo };
      };
      expect(await pageThrough("forwards", size, both)).toEqual(CREDIT_ORDER_EXPECTED);
      expect(await pageThrough("backwards", size, both)).toEqual(CREDIT_ORDER_EXPECTED);
    },
  );

  it("says where a middle page stands, both ways", async () => {
    const first = await ask(true, { first: 4 });
    const middle = await ask(true, { first: 3, after: first.pageInfo.endCursor });
    expect(middle.edges.map((edge) => edge.node.character.name)).toEqual(CREDIT_ORDER_EXPECTED.slice(4, 7));
    expect(middle.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const before = await ask(true, { last: 2, before: middle.pageInfo.startCursor });
    expect(before.edges.map((edge) => edge.node.character.name)).toEqual(CREDIT_ORDER_EXPECTED.slice(2, 4));
    expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it("Person.credits (each credit projected after the page is cut) pages roles with their shows, both ways", async () => {
    const CREDITS_PAGE = `query ($first: Int, $after: String, $last: Int, $before: String) {
      person(name: "${CREDIT_ORDER_PERSON.name}") {
        credits(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          nodes { kind show { title } ... on CastCredit { character { name } billingOrder } }
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        }
      }
    }`;
    type CreditsPage = {
      totalCount: number;
      nodes: { kind: string; show: { title: string }; character: { name: string } }[];
      pageInfo: PageInfoShape;
    };
    const credits = async (args: Record<string, unknown>) => {
      const result = await server.query<{ person: { credits: CreditsPage } }>(CREDITS_PAGE, args);
      expect(result.errors).toBeUndefined();
      const page = result.data?.person.credits as CreditsPage;
      expect(page.totalCount).toBe(CREDIT_ORDER_EXPECTED.length);
      return {
        items: page.nodes.map((node) => `${node.character.name} in ${node.show.title}`),
        pageInfo: page.pageInfo,
      };
    };
    const all = (await credits({ first: 50 })).items;
    // Shows tied on date and title are apart here: Person.credits orders by show id next.
    expect(all.slice(0, 5)).toEqual([
      "Role 9 in Hotel",
      "Role 2 in Alpha",
      "Role 4 in Alpha",
      "Role 1 in ALPHA",
      "Role 3 in ALPHA",
    ]);
    expect(await pageThrough("forwards", 2, credits)).toEqual(all);
    expect(await pageThrough("backwards", 3, credits)).toEqual(all);
  });

  it("refuses a cursor made in the order by the show with BAD_USER_INPUT, rather than answering a wrong page", async () => {
    const old = encodeCursor({
      order: cursorOrder(ORDERED_BY_THE_SHOW),
      sortKey: ["2021-08-01", "alpha", "fixture-co-c2"],
    });
    for (const planned of [true, false]) {
      for (const args of [
        { first: 2, after: old },
        { last: 2, before: old },
      ]) {
        const result = await server.query(CREDITS(planned), args);
        expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
        expect(result.errors?.[0]?.message).toMatch(/another list or another order/);
      }
    }
  });
});
