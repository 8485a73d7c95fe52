import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import type { CrewJob } from "../../src/credit/crew-job.enum.js";
import { crewJobsWithin } from "../../src/credit/crew-jobs.js";
import type { FixtureGraph, FixturePerson } from "../support/fixture-graph.js";
import { buildFixtureGraph, createFixtureGraph, deleteFixtureGraph } from "../support/fixture-graph.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";
import { countBy, errorCodes, expectedOrder, fetchAll, listQuery } from "./list-helpers.js";

const PEOPLE = listQuery("people", "Person");
const FIXTURE_ONLY = { nameContains: "fixture" };

describe("people, characters, networks, locations and production factors", () => {
  let server: TestServer;
  let graph: FixtureGraph;
  let byName: <T extends { id: string; nameKey: string }>(typename: string, items: T[]) => string[];

  beforeAll(async () => {
    server = await startTestServer();
    graph = buildFixtureGraph();
    await createFixtureGraph(server.executor, graph);
    byName = (typename, items) => expectedOrder(typename, items, [{ value: (item) => item.nameKey }]);
  });
  afterAll(async () => {
    await deleteFixtureGraph(server.executor);
    await server.close();
  });

  describe("people", () => {
    it("finds names containing a word in any case and without its accents", async () => {
      const expected = byName(
        "Person",
        graph.people.filter((person) => person.name.includes("Chloé")),
      );
      expect(expected.length).toBeGreaterThan(3);
      expect(await fetchAll(server, PEOPLE, { filter: { nameContains: "CHLOE" } })).toEqual(expected);
    });

    it("finds the cast and the crew of a show, and crew by job", async () => {
      const show = "fixture-show-007";
      const people = (ids: string[]) => graph.people.filter((person) => ids.includes(person.id));
      const cast = graph.characters.filter((character) => character.show === show).map((c) => c.person);
      expect(cast.length).toBeGreaterThan(0);
      expect(await fetchAll(server, PEOPLE, { filter: { playedIn: toGlobalId("Show", show) } })).toEqual(
        byName("Person", people(cast)),
      );

      const withCrew = graph.crew.find(
        (credit) => graph.crew.filter((c) => c.show === credit.show).length >= 3,
      );
      const crewShow = withCrew?.show as string;
      const crew = graph.crew.filter((credit) => credit.show === crewShow);
      expect(await fetchAll(server, PEOPLE, { filter: { workedOn: toGlobalId("Show", crewShow) } })).toEqual(
        byName("Person", people(crew.map((credit) => credit.person))),
      );

      // A job finds the jobs within it too (a PRODUCER filter finds executive producers).
      const job = crew[0]?.job as CrewJob;
      const within = crewJobsWithin(job) as string[];
      expect(
        await fetchAll(server, PEOPLE, { filter: { workedOn: toGlobalId("Show", crewShow), job } }),
      ).toEqual(
        byName("Person", people(crew.filter((credit) => within.includes(credit.job)).map((c) => c.person))),
      );
      expect(await fetchAll(server, PEOPLE, { filter: { ...FIXTURE_ONLY, job: "DIRECTOR" } })).toEqual(
        byName(
          "Person",
          people(graph.crew.filter((credit) => credit.job === "DIRECTOR").map((credit) => credit.person)),
        ),
      );
    });

    it("finds the seed's showrunner by show and job", async () => {
      const result = await server.query<{ people: { nodes: { name: string }[] } }>(
        "query ($filter: PersonFilter) { people(filter: $filter) { nodes { name } } }",
        { filter: { workedOn: toGlobalId("Show", "hit-and-run"), job: "SHOWRUNNER" } },
      );
      expect(result).toEqual({ data: { people: { nodes: [{ name: "Nicole Yorkin" }] } } });
    });

    const cast = () => countBy(graph.characters, (character) => character.person);
    const crew = () => countBy(graph.crew, (credit) => credit.person);
    const orders: Record<string, (person: FixturePerson) => string | number> = {
      NAME: (person) => person.nameKey,
      CREDIT_COUNT: (person) => (cast().get(person.id) ?? 0) + (crew().get(person.id) ?? 0),
      CAST_CREDIT_COUNT: (person) => cast().get(person.id) ?? 0,
    };
    for (const [field, value] of Object.entries(orders)) {
      for (const direction of ["ASC", "DESC"] as const) {
        it(`sorts by ${field} ${direction}, ties by id`, async () => {
          const expected = expectedOrder("Person", graph.people, [
            { value, descending: direction === "DESC" },
          ]);
          expect(
            await fetchAll(server, PEOPLE, { filter: FIXTURE_ONLY, orderBy: { field, direction } }),
          ).toEqual(expected);
        });
      }
    }

    it("refuses a show filter given another type's ID", async () => {
      const result = await server.query(PEOPLE, { filter: { playedIn: toGlobalId("Person", "lior-raz") } });
      expect(errorCodes(result)).toEqual(["BAD_USER_INPUT"]);
    });
  });

  describe("lists of named things", () => {
    it("lists a show's characters, and characters by name", async () => {
      const query = listQuery("characters", "Character");
      const show = "fixture-show-011";
      expect(await fetchAll(server, query, { filter: { show: toGlobalId("Show", show) } })).toEqual(
        byName(
          "Character",
          graph.characters.filter((character) => character.show === show),
        ),
      );
      const harbor = graph.characters.filter((character) => character.name.includes("Harbor"));
      expect(await fetchAll(server, query, { filter: { nameContains: "role harbor" } })).toEqual(
        byName("Character", harbor),
      );
      expect(
        await fetchAll(server, query, {
          filter: { nameContains: "role harbor" },
          orderBy: { field: "NAME", direction: "DESC" },
        }),
      ).toEqual(expectedOrder("Character", harbor, [{ value: (item) => item.nameKey, descending: true }]));
    });

    it("lists networks by name and kind", async () => {
      const query = listQuery("networks", "Network");
      expect(await fetchAll(server, query, { filter: { nameContains: "TELE" } })).toEqual([
        toGlobalId("Network", "fixture-network-4"),
      ]);
      expect(await fetchAll(server, query, { filter: { ...FIXTURE_ONLY, kinds: ["STREAMER"] } })).toEqual(
        byName(
          "Network",
          graph.networks.filter((network) => network.kind === "STREAMER"),
        ),
      );
      expect(await fetchAll(server, query, { filter: { kinds: ["STREAMER"] } })).toContain(
        toGlobalId("Network", "netflix"),
      );
    });

    it("lists the places within a place, however deep, and places by kind", async () => {
      const query = listQuery("locations", "Location");
      const northland = [
        "fixture-north-coast",
        "fixture-port-city",
        "fixture-north-hills",
        "fixture-hill-town",
      ];
      expect(
        await fetchAll(server, query, { filter: { within: toGlobalId("Location", "fixture-northland") } }),
      ).toEqual(
        byName(
          "Location",
          graph.locations.filter((place) => northland.includes(place.id)),
        ),
      );
      expect(
        await fetchAll(server, query, {
          filter: { within: toGlobalId("Location", "fixture-northland"), kinds: ["CITY"] },
        }),
      ).toEqual([toGlobalId("Location", "fixture-hill-town"), toGlobalId("Location", "fixture-port-city")]);
      expect(await fetchAll(server, query, { filter: { within: toGlobalId("Location", "israel") } })).toEqual(
        [toGlobalId("Location", "tel-aviv")],
      );
    });

    it("lists production factors by kind", async () => {
      const query = listQuery("productionFactors", "ProductionFactor");
      expect(await fetchAll(server, query, { filter: { kinds: ["BUDGET", "PANDEMIC"] } })).toEqual(
        byName("ProductionFactor", [
          ...graph.factors.filter((factor) => ["BUDGET", "PANDEMIC"].includes(factor.kind)),
          { id: "covid-19", nameKey: "covid-19 pandemic" },
          { id: "hit-and-run-production-cost", nameKey: "hit & run production cost" },
        ]),
      );
    });
  });
});
