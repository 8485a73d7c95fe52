import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";
import type { End, NodeData, RelationshipData } from "./graph-expectations.js";
import { CAST, FAUDA, gid, HIT_AND_RUN, RELATIONSHIP_FIELDS, relationship } from "./graph-expectations.js";

const PATHS = `query Paths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
    length
    nodes { __typename displayName }
    relationships { ${RELATIONSHIP_FIELDS} }
  }
}`;

interface PathData {
  length: number;
  nodes: NodeData[];
  relationships: RelationshipData[];
}

const [LIOR_RAZ, LIOR_ASHKENAZI, SANAA_LATHAN] = CAST;
const node = ([typename, , displayName]: End): NodeData => ({ __typename: typename, displayName });
const idOf = ([typename, key]: End): string => gid(typename, key);

describe("paths", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function paths(variables: Record<string, unknown>) {
    const before = server.statements.length;
    const result = await server.query<{ paths: PathData[] }>(PATHS, variables);
    return { ...result, statements: server.statements.length - before };
  }

  it("goes from Lior Ashkenazi to Sanaa Lathan through their characters and Hit & Run, in stored directions", async () => {
    const [ashkenazi, assaf] = LIOR_ASHKENAZI!;
    const [sanaa, naomi] = SANAA_LATHAN!;
    expect(await paths({ from: idOf(ashkenazi), to: idOf(sanaa) })).toEqual({
      data: {
        paths: [
          {
            length: 4,
            nodes: [ashkenazi, assaf, HIT_AND_RUN, naomi, sanaa].map(node),
            relationships: [
              relationship("PLAYS", ashkenazi, assaf, { billingOrder: 2, seasons: [1] }),
              relationship("CHARACTER_IN", assaf, HIT_AND_RUN),
              relationship("CHARACTER_IN", naomi, HIT_AND_RUN),
              relationship("PLAYS", sanaa, naomi, { billingOrder: 3, seasons: [1] }),
            ],
          },
        ],
      },
      statements: 1,
    });
  });

  // Not through Hit & Run (length 4): the seed stores Segev Azulai as Naomi Hicks's ex-partner,
  // so the shortest way from Lior Raz to Sanaa Lathan is through their characters alone.
  it("goes from Lior Raz to Sanaa Lathan through their characters, who were partners", async () => {
    const [raz, segev] = LIOR_RAZ!;
    const [sanaa, naomi] = SANAA_LATHAN!;
    expect(await paths({ from: idOf(raz), to: idOf(sanaa) })).toEqual({
      data: {
        paths: [
          {
            length: 3,
            nodes: [raz, segev, naomi, sanaa].map(node),
            relationships: [
              relationship("PLAYS", raz, segev, { billingOrder: 1, seasons: [1] }),
              relationship("EX_PARTNER_OF", segev, naomi),
              relationship("PLAYS", sanaa, naomi, { billingOrder: 3, seasons: [1] }),
            ],
          },
        ],
      },
      statements: 1,
    });
  });

  it("goes from Sanaa Lathan to Fauda through Hit & Run", async () => {
    const [sanaa, naomi] = SANAA_LATHAN!;
    expect(await paths({ from: idOf(sanaa), to: idOf(FAUDA) })).toEqual({
      data: {
        paths: [
          {
            length: 3,
            nodes: [sanaa, naomi, HIT_AND_RUN, FAUDA].map(node),
            relationships: [
              relationship("PLAYS", sanaa, naomi, { billingOrder: 3, seasons: [1] }),
              relationship("CHARACTER_IN", naomi, HIT_AND_RUN),
              relationship("RELATED_TO", HIT_AND_RUN, FAUDA, {
                reason: "SAME_CREATOR",
                description: "Fauda is another Netflix series from the same maker.",
              }),
            ],
          },
        ],
      },
      statements: 1,
    });
  });

  it("returns every shortest path, in a stable order (by the ids along it), up to first", async () => {
    const [, segev] = LIOR_RAZ!;
    const [, naomi] = SANAA_LATHAN!;
    const [, danielle] = CAST[3]!;
    // Segev Azulai's wife and his ex are two steps apart both through him and through their show.
    const both = await paths({ from: idOf(danielle), to: idOf(naomi) });
    expect(both).toEqual({
      data: {
        paths: [
          {
            length: 2,
            nodes: [danielle, HIT_AND_RUN, naomi].map(node),
            relationships: [
              relationship("CHARACTER_IN", danielle, HIT_AND_RUN),
              relationship("CHARACTER_IN", naomi, HIT_AND_RUN),
            ],
          },
          {
            length: 2,
            nodes: [danielle, segev, naomi].map(node),
            relationships: [
              relationship("SPOUSE_OF", segev, danielle),
              relationship("EX_PARTNER_OF", segev, naomi),
            ],
          },
        ],
      },
      statements: 1,
    });
    const first = await paths({ from: idOf(danielle), to: idOf(naomi), first: 1 });
    expect(first.data?.paths).toEqual(both.data?.paths.slice(0, 1));
    const none = await paths({ from: idOf(danielle), to: idOf(naomi), first: 0 });
    expect(none.data).toEqual({ paths: [] });
  });

  it("answers no paths when the nodes are further apart than maxLength", async () => {
    const [raz] = LIOR_RAZ!;
    const [sanaa] = SANAA_LATHAN!;
    expect(await paths({ from: idOf(raz), to: idOf(sanaa), maxLength: 2 })).toEqual({
      data: { paths: [] },
      statements: 1,
    });
  });

  it("gives a node's path to itself length 0", async () => {
    const [raz] = LIOR_RAZ!;
    expect(await paths({ from: idOf(raz), to: idOf(raz) })).toEqual({
      data: { paths: [{ length: 0, nodes: [node(raz)], relationships: [] }] },
      statements: 1,
    });
  });

  it("refuses maxLength beyond 6 and below 1, and first beyond 20, before asking the database", async () => {
    const [raz] = LIOR_RAZ!;
    const [sanaa] = SANAA_LATHAN!;
    const cases = [
      [{ maxLength: 7 }, "maxLength must be between 1 and 6 (got 7)", "maxLength"],
      [{ maxLength: 0 }, "maxLength must be between 1 and 6 (got 0)", "maxLength"],
      [{ first: 21 }, "first must be between 0 and 20 (got 21)", "first"],
    ] as const;
    for (const [limits, message, argument] of cases) {
      expect(await paths({ from: idOf(raz), to: idOf(sanaa), ...limits })).toEqual({
        data: null,
        errors: [expect.objectContaining({ message, extensions: { code: "BAD_USER_INPUT", argument } })],
        statements: 0,
      });
    }
  });

  it("names the unknown ID: BAD_USER_INPUT on its argument", async () => {
    const [raz] = LIOR_RAZ!;
    const nobody = gid("Person", "nobody");
    expect(await paths({ from: nobody, to: idOf(raz) })).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          message: `No node has the ID "${nobody}" given as from`,
          extensions: { code: "BAD_USER_INPUT", argument: "from", unknownArguments: ["from"] },
        }),
      ],
      statements: 1,
    });
    const unknownType = gid("Spaceship", "enterprise");
    expect(await paths({ from: idOf(raz), to: unknownType })).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          message: `No node has the ID "${unknownType}" given as to`,
          extensions: { code: "BAD_USER_INPUT", argument: "to", unknownArguments: ["to"] },
        }),
      ],
      statements: 0,
    });
    const both = await paths({ from: nobody, to: gid("Show", "nothing") });
    expect(both.errors?.[0]?.extensions).toEqual({
      code: "BAD_USER_INPUT",
      argument: "from",
      unknownArguments: ["from", "to"],
    });
    const malformed = await paths({ from: "not an id!", to: idOf(raz) });
    expect(malformed.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", argument: "from" });
  });
});
