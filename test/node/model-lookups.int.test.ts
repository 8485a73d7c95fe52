import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const NODES = [
  { typename: "Show", key: "hit-and-run", displayName: "Hit & Run" },
  { typename: "Person", key: "lior-raz", displayName: "Lior Raz" },
  { typename: "Character", key: "hit-and-run/segev-azulai", displayName: "Segev Azulai" },
  { typename: "Season", key: "hit-and-run/season-1", displayName: "Season 1" },
  { typename: "Network", key: "netflix", displayName: "Netflix" },
  { typename: "Location", key: "tel-aviv", displayName: "Tel Aviv" },
  { typename: "ProductionFactor", key: "covid-19", displayName: "COVID-19 pandemic" },
];

describe("looking up the model's types", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it.each(NODES)("finds the $typename $key through node(id:)", async ({ typename, key, displayName }) => {
    const id = toGlobalId(typename, key);
    expect(
      await server.query(`query ($id: ID!) { node(id: $id) { __typename id displayName } }`, { id }),
    ).toEqual({ data: { node: { __typename: typename, id, displayName } } });
  });

  it("finds each named type by its name in any case and with or without accents", async () => {
    const result = await server.query(`{
      character(name: "SEGEV  azulai") { name }
      network(name: "NÉTFLIX") { name }
      location(name: "Tél Aviv") { name }
      productionFactor(name: "covid-19 PANDEMIC") { name }
      show(name: "hit & rún") { title }
      person(name: "lior RAZ") { name }
    }`);
    expect(result).toEqual({
      data: {
        character: { name: "Segev Azulai" },
        network: { name: "Netflix" },
        location: { name: "Tel Aviv" },
        productionFactor: { name: "COVID-19 pandemic" },
        show: { title: "Hit & Run" },
        person: { name: "Lior Raz" },
      },
    });
  });

  it("finds each named type by global id", async () => {
    const result = await server.query(
      `query ($character: ID!, $network: ID!, $location: ID!, $factor: ID!) {
        character(id: $character) { name }
        network(id: $network) { name }
        location(id: $location) { name }
        productionFactor(id: $factor) { name }
      }`,
      {
        character: toGlobalId("Character", "hit-and-run/naomi-hicks"),
        network: toGlobalId("Network", "netflix"),
        location: toGlobalId("Location", "israel"),
        factor: toGlobalId("ProductionFactor", "hit-and-run-production-cost"),
      },
    );
    expect(result).toEqual({
      data: {
        character: { name: "Naomi Hicks" },
        network: { name: "Netflix" },
        location: { name: "Israel" },
        productionFactor: { name: "Hit & Run production cost" },
      },
    });
  });

  it("answers null for unknown names and ids, and for an id of another type", async () => {
    const result = await server.query(
      `query ($unknown: ID!, $show: ID!) {
        character(name: "Nobody") { name }
        network(name: "No Such Network") { name }
        location(id: $unknown) { name }
        productionFactor(id: $show) { name }
        season(id: $unknown) { number }
      }`,
      { unknown: toGlobalId("Location", "atlantis"), show: toGlobalId("Show", "hit-and-run") },
    );
    expect(result).toEqual({
      data: { character: null, network: null, location: null, productionFactor: null, season: null },
    });
  });

  it.each(["character", "network", "location", "productionFactor", "season"])(
    "rejects a malformed id for %s with BAD_USER_INPUT",
    async (field) => {
      const result = await server.query(`{ ${field}(id: "not an id!") { id } }`);
      expect(result.data).toEqual({ [field]: null });
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    },
  );

  it("asks for exactly one of id or name", async () => {
    const result = await server.query(`{ network(id: "TmV0d29yazpuZXRmbGl4", name: "Netflix") { name } }`);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: "Pass exactly one of id or name",
        extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }),
      }),
    ]);
  });
});
