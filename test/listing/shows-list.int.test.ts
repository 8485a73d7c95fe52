// partial-date.type.ts declares GraphQL types, whose decorators need the metadata polyfill first.
import "reflect-metadata";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import { toPartialDate } from "../../src/common/partial-date.type.js";
import type { FixtureGraph, FixtureShow } from "../support/fixture-graph.js";
import { buildFixtureGraph, createFixtureGraph, deleteFixtureGraph } from "../support/fixture-graph.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";
import type { ExpectedKey } from "./list-helpers.js";
import { countBy, errorCodes, expectedOrder, fetchAll, fetchPage, listQuery } from "./list-helpers.js";

const SHOWS = listQuery("shows", "Show");
const FIXTURE_ONLY = { titleContains: "fixture" };

describe("shows: filters, orders and pages", () => {
  let server: TestServer;
  let graph: FixtureGraph;
  let byTitle: (shows: FixtureShow[]) => string[];

  beforeAll(async () => {
    server = await startTestServer();
    graph = buildFixtureGraph();
    await createFixtureGraph(server.executor, graph);
    byTitle = (shows) => expectedOrder("Show", shows, [{ value: (show) => show.nameKey }]);
  });
  afterAll(async () => {
    await deleteFixtureGraph(server.executor);
    await server.close();
  });

  describe("filters", () => {
    it("finds titles containing a word in any case and without its accents", async () => {
      const expected = byTitle(graph.shows.filter((show) => show.title.includes("Café")));
      expect(expected.length).toBeGreaterThan(5);
      expect(await fetchAll(server, SHOWS, { filter: { titleContains: "  CAFE " } })).toEqual(expected);
      expect(await fetchAll(server, SHOWS, { filter: { titleContains: "écho" } })).toEqual(
        byTitle(graph.shows.filter((show) => show.title.includes("Écho"))),
      );
    });

    it("keeps the kinds and statuses asked for", async () => {
      const filter = { ...FIXTURE_ONLY, kinds: ["FILM", "SPECIAL"], statuses: ["ENDED"] };
      const expected = byTitle(
        graph.shows.filter((show) => ["FILM", "SPECIAL"].includes(show.kind) && show.status === "ENDED"),
      );
      expect(expected.length).toBeGreaterThan(5);
      expect(await fetchAll(server, SHOWS, { filter })).toEqual(expected);
    });

    it("lists the shows a network carries", async () => {
      const expected = byTitle(graph.shows.filter((show) => show.networks.includes("fixture-network-1")));
      expect(
        await fetchAll(server, SHOWS, { filter: { network: toGlobalId("Network", "fixture-network-1") } }),
      ).toEqual(expected);
    });

    it("finds the seed's shows by their network, place and production factor", async () => {
      const titles = async (filter: Record<string, unknown>) => {
        const result = await server.query<{ shows: { nodes: { title: string }[] } }>(
          "query ($filter: ShowFilter) { shows(filter: $filter) { nodes { title } } }",
          { filter },
        );
        return result.data?.shows.nodes.map((show) => show.title);
      };
      expect(await titles({ network: toGlobalId("Network", "netflix") })).toEqual(["Fauda", "Hit & Run"]);
      expect(await titles({ locatedIn: { location: toGlobalId("Location", "israel") } })).toEqual([
        "Hit & Run",
      ]);
      expect(
        await titles({ locatedIn: { location: toGlobalId("Location", "israel"), roles: ["PRODUCED_IN"] } }),
      ).toEqual(["Hit & Run"]);
      expect(await titles({ hasProductionFactor: toGlobalId("ProductionFactor", "covid-19") })).toEqual([
        "Hit & Run",
      ]);
    });

    it("lists the shows a production factor affected", async () => {
      const expected = byTitle(graph.shows.filter((show) => show.factors.includes("fixture-factor-2")));
      expect(expected.length).toBeGreaterThan(5);
      expect(
        await fetchAll(server, SHOWS, {
          filter: { hasProductionFactor: toGlobalId("ProductionFactor", "fixture-factor-2") },
        }),
      ).toEqual(expected);
    });

    it("finds shows tied to a place or anywhere within it, with any or some roles", async () => {
      const within = (id: string): string[] => [
        id,
        ...graph.locations.filter((place) => place.within === id).flatMap((place) => within(place.id)),
      ];
      const northland = within("fixture-northland");
      expect(northland).toHaveLength(5);
      const tied = (places: string[], roles: string[]) =>
        byTitle(
          graph.shows.filter((show) =>
            show.placements.some(
              (placement) => places.includes(placement.location) && roles.includes(placement.role),
            ),
          ),
        );
      const location = toGlobalId("Location", "fixture-northland");
      expect(await fetchAll(server, SHOWS, { filter: { locatedIn: { location } } })).toEqual(
        tied(northland, ["SET_IN", "FILMED_IN", "PRODUCED_IN"]),
      );
      expect(
        await fetchAll(server, SHOWS, {
          filter: { locatedIn: { location, roles: ["FILMED_IN", "SET_IN"] } },
        }),
      ).toEqual(tied(northland, ["SET_IN", "FILMED_IN"]));
      // Filming is part of production: PRODUCED_IN finds FILMED_IN too (docs/model.md, broader terms).
      expect(
        await fetchAll(server, SHOWS, { filter: { locatedIn: { location, roles: ["PRODUCED_IN"] } } }),
      ).toEqual(tied(northland, ["FILMED_IN", "PRODUCED_IN"]));
      const city = toGlobalId("Location", "fixture-port-city");
      expect(await fetchAll(server, SHOWS, { filter: { locatedIn: { location: city } } })).toEqual(
        tied(["fixture-port-city"], ["SET_IN", "FILMED_IN", "PRODUCED_IN"]),
      );
    });

    it("treats a premiere known to the month or year as the whole period", async () => {
      const period = (show: FixtureShow) => toPartialDate(show.premiereDate, show.premiereDatePrecision);
      const cases: { filter: Record<string, string>; keep: (show: FixtureShow) => boolean }[] = [
        // After 2015: from 2016-01-01, so a show known only as "2015" does not count.
        { filter: { premieredAfter: "2015" }, keep: (show) => (period(show)?.earliest ?? "") > "2015-12-31" },
        {
          filter: { premieredBefore: "2000-06" },
          keep: (show) => (period(show)?.latest ?? "9") < "2000-06-01",
        },
        {
          filter: { premieredAfter: "2005-03-15", premieredBefore: "2009" },
          keep: (show) =>
            (period(show)?.earliest ?? "") > "2005-03-15" && (period(show)?.latest ?? "9") < "2009-01-01",
        },
      ];
      for (const { filter, keep } of cases) {
        const expected = byTitle(graph.shows.filter(keep));
        expect(expected.length).toBeGreaterThan(5);
        expect(await fetchAll(server, SHOWS, { filter: { ...FIXTURE_ONLY, ...filter } })).toEqual(expected);
      }
      // The proof that precision matters: some shows of 2015 by year are left out above.
      expect(
        graph.shows.some(
          (show) => show.premiereDatePrecision === "YEAR" && show.premiereDate === "2015-01-01",
        ),
      ).toBe(true);
    });

    it("applies several filters together, two of them patterns from an id", async () => {
      const location = toGlobalId("Location", "fixture-southland");
      const filter = {
        network: toGlobalId("Network", "fixture-network-0"),
        locatedIn: { location },
        kinds: ["SERIES", "MINISERIES"],
      };
      const expected = byTitle(
        graph.shows.filter(
          (show) =>
            show.networks.includes("fixture-network-0") &&
            show.placements.some((placement) =>
              ["fixture-southland", "fixture-south-city"].includes(placement.location),
            ) &&
            ["SERIES", "MINISERIES"].includes(show.kind),
        ),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(await fetchAll(server, SHOWS, { filter })).toEqual(expected);
    });

    it("answers an empty list for an id that names nothing", async () => {
      const page = await fetchPage(server, SHOWS, {
        filter: { network: toGlobalId("Network", "no-such-network") },
      });
      expect(page).toEqual({
        totalCount: 0,
        pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        edges: [],
      });
    });
  });

  describe("orders", () => {
    const counts = () => ({
      cast: countBy(graph.characters, (character) => character.show),
      crew: countBy(graph.crew, (credit) => credit.show),
    });
    const orders: Record<string, () => ExpectedKey<FixtureShow>[]> = {
      TITLE: () => [{ value: (show) => show.nameKey }],
      PREMIERE_DATE: () => [
        { value: (show) => show.premiereDate === null },
        { value: (show) => show.premiereDate ?? "" },
      ],
      CAST_SIZE: () => [{ value: (show) => counts().cast.get(show.id) ?? 0 }],
      CREW_SIZE: () => [{ value: (show) => counts().crew.get(show.id) ?? 0 }],
    };

    for (const [field, keys] of Object.entries(orders)) {
      for (const direction of ["ASC", "DESC"] as const) {
        it(`sorts by ${field} ${direction}, ties by id`, async () => {
          const expected = expectedOrder(
            "Show",
            graph.shows,
            keys().map((key, index) =>
              // "No premiere" stays last in both directions.
              field === "PREMIERE_DATE" && index === 0 ? key : { ...key, descending: direction === "DESC" },
            ),
          );
          expect(
            await fetchAll(server, SHOWS, { filter: FIXTURE_ONLY, orderBy: { field, direction } }),
          ).toEqual(expected);
        });
      }
    }

    it("has ties to break in every order", () => {
      const { cast, crew } = counts();
      expect(new Set(graph.shows.map((show) => show.nameKey)).size).toBeLessThan(graph.shows.length);
      expect(new Set(graph.shows.map((show) => show.premiereDate)).size).toBeLessThan(graph.shows.length);
      expect(new Set(cast.values()).size).toBeLessThan(20);
      expect(new Set(crew.values()).size).toBeLessThan(10);
    });
  });

  describe("pages", () => {
    it("counts all matches and says what lies beyond each end", async () => {
      const all = await fetchAll(server, SHOWS, { filter: FIXTURE_ONLY });
      const first = await fetchPage(server, SHOWS, { filter: FIXTURE_ONLY });
      expect(first.totalCount).toBe(300);
      expect(first.edges.map((edge) => edge.node.id)).toEqual(all.slice(0, 20));
      expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
      expect(first.pageInfo.startCursor).toBe(first.edges[0]?.cursor);
      expect(first.pageInfo.endCursor).toBe(first.edges[19]?.cursor);

      const last = await fetchPage(server, SHOWS, { filter: FIXTURE_ONLY, last: 7 });
      expect(last.edges.map((edge) => edge.node.id)).toEqual(all.slice(-7));
      expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

      const beyond = await fetchPage(server, SHOWS, { filter: FIXTURE_ONLY, after: last.pageInfo.endCursor });
      expect(beyond.edges).toEqual([]);
      expect(beyond.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: null });
      expect(beyond.totalCount).toBe(300);

      const before = await fetchPage(server, SHOWS, {
        filter: FIXTURE_ONLY,
        last: 5,
        before: first.edges[3]?.cursor,
      });
      expect(before.edges.map((edge) => edge.node.id)).toEqual(all.slice(0, 3));
      expect(before.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

      const between = await fetchPage(server, SHOWS, {
        filter: FIXTURE_ONLY,
        after: first.edges[2]?.cursor,
        before: first.edges[9]?.cursor,
      });
      expect(between.edges.map((edge) => edge.node.id)).toEqual(all.slice(3, 9));
    });

    it("refuses more than 100 items a page", async () => {
      for (const variables of [{ first: 101 }, { last: 101 }, { first: -1 }]) {
        const result = await server.query(SHOWS, variables);
        expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      }
      expect((await fetchPage(server, SHOWS, { first: 100 })).edges).toHaveLength(100);
    });

    it("refuses malformed cursors", async () => {
      const valid = (await fetchPage(server, SHOWS, { first: 1 })).pageInfo.endCursor as string;
      const forged = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");
      for (const cursor of [
        "nope",
        "",
        "%%%",
        forged([1, "a", "b"]),
        forged([2]),
        forged([2, "x", { a: 1 }]),
        valid.slice(0, -3),
      ]) {
        const result = await server.query(SHOWS, { after: cursor });
        expect(errorCodes(result), cursor).toEqual(["BAD_USER_INPUT"]);
      }
    });

    it("refuses a cursor made in another order or by another list", async () => {
      const byTitleCursor = (await fetchPage(server, SHOWS, { first: 2 })).pageInfo.endCursor;
      for (const orderBy of [{ field: "CAST_SIZE" }, { field: "TITLE", direction: "DESC" }]) {
        const result = await server.query(SHOWS, { orderBy, after: byTitleCursor });
        expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
        expect(result.errors?.[0]?.message).toMatch(/another list or another order/);
      }
      const castCursor = await server.query<{ show: { cast: { pageInfo: { endCursor: string } } } }>(
        '{ show(name: "hit & run") { cast(first: 1) { pageInfo { endCursor } } } }',
      );
      const result = await server.query(SHOWS, { before: castCursor.data?.show.cast.pageInfo.endCursor });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
      // The same order with another filter is the same order: the cursor is a position in it.
      const filtered = await server.query(SHOWS, { filter: { kinds: ["SERIES"] }, after: byTitleCursor });
      expect(filtered.errors).toBeUndefined();
    });

    it("refuses an ID of the wrong type and a date it cannot read", async () => {
      const cases = [
        { network: toGlobalId("Show", "fauda") },
        { locatedIn: { location: toGlobalId("Network", "netflix") } },
        { hasProductionFactor: "not an id" },
        { premieredAfter: "2021-13" },
        { premieredBefore: "2021-02-30" },
        { premieredBefore: "August 2021" },
      ];
      for (const filter of cases) {
        const result = await server.query(SHOWS, { filter });
        expect(errorCodes(result), JSON.stringify(filter)).toEqual(["BAD_USER_INPUT"]);
      }
    });
  });
});
