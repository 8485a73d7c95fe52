import "reflect-metadata";

import type { Driver } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";

import {
  characterPlayedByList,
  characterRelationshipsList,
  characterShowList,
} from "../../src/character/character.list.js";
import { loadConfig } from "../../src/config/config.js";
import { showCastConnection, personCastCreditsConnection } from "../../src/credit/cast-credit.connection.js";
import { personCreditsConnection } from "../../src/credit/credit.connection.js";
import { personCrewCreditsConnection, showCrewConnection } from "../../src/credit/crew-credit.connection.js";
import {
  locationChildrenConnection,
  locationShowsHereConnection,
  locationShowsWithinConnection,
} from "../../src/location/location.connection.js";
import { locationParentList, showLocationsList } from "../../src/location/location.list.js";
import {
  networkCanceledShowsConnection,
  networkShowsConnection,
} from "../../src/network/network-shows.connection.js";
import { showCancellationsList, showNetworksList } from "../../src/network/show-networks.list.js";
import type { ConnectionDefinition } from "../../src/pagination/connection-definition.js";
import { keysetStatement } from "../../src/pagination/keyset-statement.js";
import type { ListDefinition } from "../../src/pagination/list-definition.js";
import { listStatement } from "../../src/pagination/list-statement.js";
import { personCoStarsConnection } from "../../src/person/co-star.connection.js";
import { factorAffectedShowsConnection } from "../../src/production-factor/affected-shows.connection.js";
import {
  factorComparisonsList,
  factorLocationsList,
  showProductionFactorsList,
} from "../../src/production-factor/production-factor.list.js";
import { seasonShowList, showSeasonsList } from "../../src/season/season.list.js";
import { showRelatedShowsConnection } from "../../src/show/related-show.connection.js";

const CONNECTIONS: ConnectionDefinition<unknown>[] = [
  showCastConnection,
  personCastCreditsConnection,
  showCrewConnection,
  personCrewCreditsConnection,
  personCreditsConnection,
  personCoStarsConnection,
  showRelatedShowsConnection,
  networkShowsConnection,
  networkCanceledShowsConnection,
  locationChildrenConnection,
  locationShowsWithinConnection,
  locationShowsHereConnection,
  factorAffectedShowsConnection,
];

const LISTS: ListDefinition<unknown>[] = [
  showSeasonsList,
  seasonShowList,
  showNetworksList,
  showCancellationsList,
  showLocationsList,
  locationParentList,
  showProductionFactorsList,
  factorLocationsList,
  factorComparisonsList,
  characterShowList,
  characterPlayedByList,
  characterRelationshipsList,
];

const PARAMETERS = {
  parentKeys: ["hit-and-run"],
  keys: ["hit-and-run"],
  after: null,
  before: null,
  limit: neo4j.int(21),
  filter: { job: null, kind: null, role: null, effect: null },
};

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operators(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ""), ...plan.children.flatMap(operators)];
}

/**
 * Every traversal must start from an index seek on the parent's id and expand relationships
 * from there: a scan (of a label, an index or a relationship type) grows with the whole graph,
 * not with the parent's neighbourhood.
 */
describe("traversal query plans", () => {
  let driver: Driver;
  beforeAll(() => {
    const { neo4j: config } = loadConfig({ ...process.env, NODE_ENV: "test" });
    driver = neo4j.driver(inject("neo4jUri"), neo4j.auth.basic(config.username, inject("neo4jPassword")));
  });
  afterAll(() => driver.close());

  async function scansIn(cypher: string): Promise<string[]> {
    const { summary } = await driver.executeQuery(`EXPLAIN ${cypher}`, PARAMETERS, { routing: "READ" });
    return operators(summary.plan as unknown as PlanNode).filter((operator) => operator.includes("Scan"));
  }

  it("sees a scan where there is one", async () => {
    expect(await scansIn("MATCH (show:Show) WHERE show.synopsis = 'x' RETURN show")).toEqual([
      "NodeByLabelScan",
    ]);
  });

  it.each(CONNECTIONS.map((definition) => [definition.name, definition] as const))(
    "%s seeks its parent and scans nothing",
    async (_name, definition) => {
      for (const direction of ["FORWARD", "BACKWARD"] as const) {
        expect(await scansIn(keysetStatement(definition, direction, true))).toEqual([]);
      }
    },
  );

  it.each(LISTS.map((definition) => [definition.name, definition] as const))(
    "%s seeks its parent and scans nothing",
    async (_name, definition) => {
      expect(await scansIn(listStatement(definition))).toEqual([]);
    },
  );
});
