import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import { buildFixtureGraph, createFixtureGraph, deleteFixtureGraph } from "../support/fixture-graph.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const SCANS = ["NodeByLabelScan", "AllNodesScan"];

/**
 * Each operation's statements, as the service sends them, must start from an index: a label scan
 * reads every node of the label, which is fine for 300 shows and not for 300,000. The fixture
 * graph is loaded so that the planner sees a realistic spread of data.
 */
const OPERATIONS: Record<string, string> = {
  "a node by global ID": `{ node(id: "${toGlobalId("Show", "hit-and-run")}") { id } }`,
  "a show by title (nameKey)": '{ show(name: "HIT & RUN") { id } }',
  "a person by name (nameKey)": '{ person(name: "lior raz") { id } }',
  "a show by external ID": '{ show(externalId: { source: IMDB, id: "tt0000001" }) { id } }',
  "a person by external ID": '{ person(externalId: { source: WIKIDATA, id: "Q1" }) { id } }',
  "shows whose title contains": '{ shows(filter: { titleContains: "run" }) { totalCount } }',
  "shows by network": `{ shows(filter: { network: "${toGlobalId("Network", "fixture-network-1")}" }) { totalCount } }`,
  "shows by production factor": `{ shows(filter: { hasProductionFactor: "${toGlobalId("ProductionFactor", "covid-19")}" }) { totalCount } }`,
  "shows by place": `{ shows(filter: { locatedIn: { location: "${toGlobalId("Location", "israel")}" } }) { totalCount } }`,
  "shows by premiere":
    '{ shows(filter: { premieredAfter: "2020", premieredBefore: "2021-06" }) { totalCount } }',
  "shows by network, sorted by cast size": `{ shows(filter: { network: "${toGlobalId("Network", "netflix")}" }, orderBy: { field: CAST_SIZE }) { totalCount } }`,
  "people whose name contains": '{ people(filter: { nameContains: "lior" }) { totalCount } }',
  "people by show played in": `{ people(filter: { playedIn: "${toGlobalId("Show", "hit-and-run")}" }) { totalCount } }`,
  "people by show worked on": `{ people(filter: { workedOn: "${toGlobalId("Show", "hit-and-run")}" }) { totalCount } }`,
  "people by crew job": "{ people(filter: { job: SHOWRUNNER }) { totalCount } }",
  "characters of a show": `{ characters(filter: { show: "${toGlobalId("Show", "hit-and-run")}" }) { totalCount } }`,
  "characters whose name contains": '{ characters(filter: { nameContains: "azulai" }) { totalCount } }',
  "networks by kind": "{ networks(filter: { kinds: [STREAMER] }) { totalCount } }",
  "places within a place": `{ locations(filter: { within: "${toGlobalId("Location", "israel")}" }) { totalCount } }`,
  "places by kind": "{ locations(filter: { kinds: [CITY] }) { totalCount } }",
  "production factors whose name contains":
    '{ productionFactors(filter: { nameContains: "covid" }) { totalCount } }',
};

describe("query plans", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    await createFixtureGraph(server.executor, buildFixtureGraph());
  });
  afterAll(async () => {
    await deleteFixtureGraph(server.executor);
    await server.close();
  });

  for (const [name, operation] of Object.entries(OPERATIONS)) {
    it(`finds ${name} through an index`, async () => {
      const sent = server.statements.length;
      const result = await server.query(operation);
      expect(result.errors).toBeUndefined();
      const statements = server.statements.slice(sent);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) {
        const operators = await server.executor.explain(statement, { operation: "test: explain" });
        expect(
          operators.filter((operator) => SCANS.includes(operator)),
          `${statement.cypher}\n${operators.join(" <- ")}`,
        ).toEqual([]);
        expect(operators.some((operator) => /Index|Seek/.test(operator))).toBe(true);
      }
    });
  }
});
