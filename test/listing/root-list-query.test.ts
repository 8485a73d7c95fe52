import "reflect-metadata";

import { describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import { rootListQuery } from "../../src/listing/root-list-query.js";
import { OrderDirection } from "../../src/listing/order-direction.enum.js";
import { ShowFilter } from "../../src/show/show-filter.input.js";
import { ShowOrderField } from "../../src/show/show-order.input.js";
import { showsRootList } from "../../src/show/shows.root-list.js";

function filterOf(fields: Partial<ShowFilter>): ShowFilter {
  return Object.assign(new ShowFilter(), fields);
}

describe("rootListQuery (Cypher for a root list, no database)", () => {
  it("reads every show by title when nothing narrows the list", () => {
    const { definition, parameters } = rootListQuery(showsRootList, null, null);
    expect(definition.match).toBe("MATCH (n:Show)");
    expect(definition.where).toBeUndefined();
    expect(definition.name).toBe("shows(orderBy: TITLE ASC)");
    expect(definition.sortKeys).toEqual([
      { expression: "coalesce(n.nameKey, '')", descending: false },
      { expression: "n.id" },
    ]);
    expect(Object.values(parameters.filter as object).every((value) => value === null)).toBe(true);
  });

  it("starts from the first id-named filter and checks the others with EXISTS", () => {
    const { definition, parameters } = rootListQuery(
      showsRootList,
      filterOf({
        network: toGlobalId("Network", "netflix"),
        locatedIn: { location: toGlobalId("Location", "israel") },
        titleContains: "Hit",
      }),
      { field: ShowOrderField.CAST_SIZE, direction: OrderDirection.DESC },
    );
    expect(definition.match).toBe(
      "MATCH (:Network {id: $filter.network})-[:CARRIES]->(n) WHERE n:Show WITH DISTINCT n",
    );
    expect(definition.where).toBe(
      "EXISTS { MATCH (n)-[placed:SET_IN|FILMED_IN|PRODUCED_IN]->(:Location)-[:WITHIN*0..]->(:Location {id: $filter.locatedIn.location}) WHERE type(placed) IN $filter.locatedIn.roles } AND (n.nameKey CONTAINS $filter.titleContains)",
    );
    expect(definition.sortKeys.map((key) => key.descending ?? false)).toEqual([true, false]);
    expect(parameters.filter).toMatchObject({
      network: "netflix",
      locatedIn: { location: "israel", roles: ["SET_IN", "FILMED_IN", "PRODUCED_IN"] },
      titleContains: "hit",
    });
  });

  it("keeps request text out of the statement", () => {
    const hostile = "x'}) DETACH DELETE n //";
    const { definition } = rootListQuery(
      showsRootList,
      filterOf({ titleContains: hostile, premieredAfter: "2021" }),
      null,
    );
    const cypher = [
      definition.match,
      definition.where,
      ...definition.sortKeys.map((key) => key.expression),
    ].join("\n");
    expect(cypher).not.toContain("DETACH");
    expect(cypher).not.toContain("2021");
  });

  it("keeps undated shows last in both directions", () => {
    const { definition } = rootListQuery(showsRootList, null, {
      field: ShowOrderField.PREMIERE_DATE,
      direction: OrderDirection.DESC,
    });
    expect(definition.sortKeys).toEqual([
      { expression: "n.premiereDate IS NULL", descending: false },
      { expression: "coalesce(toString(n.premiereDate), '')", descending: true },
      { expression: "n.id" },
    ]);
  });
});
