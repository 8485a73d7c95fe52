import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";
import type { End, NodeData, RelationshipData } from "./graph-expectations.js";
import { CAST, FAUDA, gid, HIT_AND_RUN, RELATIONSHIP_FIELDS, relationship } from "./graph-expectations.js";

const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    nodes { __typename id displayName }
    relationships { ${RELATIONSHIP_FIELDS} }
  }
}`;

interface SubgraphData {
  truncated: boolean;
  nodes: (NodeData & { id: string })[];
  relationships: RelationshipData[];
}

const NICOLE_YORKIN: End = ["Person", "nicole-yorkin", "Nicole Yorkin"];
const ACTORS = CAST.map(([actor]) => actor[2]);
const CHARACTERS = CAST.map(([, character]) => character[2]);
const HIT_AND_RUN_ID = gid(HIT_AND_RUN[0], HIT_AND_RUN[1]);

/** Display names of the nodes of some types, sorted: other helpers' types join the seed's later. */
function namesOf(subgraph: SubgraphData | null | undefined, typename: string): string[] {
  return (subgraph?.nodes ?? [])
    .filter(({ __typename }) => __typename === typename)
    .map(({ displayName }) => displayName)
    .sort();
}

describe("neighborhood", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function neighborhood(variables: Record<string, unknown>) {
    const before = server.statements.length;
    const result = await server.query<{ neighborhood: SubgraphData | null }>(NEIGHBORHOOD, variables);
    return { ...result, statements: server.statements.length - before };
  }

  it("holds Hit & Run's seven characters, its showrunner and Fauda at depth 1, in one statement", async () => {
    const { data, errors, statements } = await neighborhood({ id: HIT_AND_RUN_ID });
    expect(errors).toBeUndefined();
    expect(statements).toBe(1);
    const subgraph = data?.neighborhood;
    expect(subgraph?.nodes[0]).toEqual({ __typename: "Show", id: HIT_AND_RUN_ID, displayName: "Hit & Run" });
    expect(namesOf(subgraph, "Character")).toEqual([...CHARACTERS].sort());
    expect(namesOf(subgraph, "Show")).toEqual(["Fauda", "Hit & Run"]);
    expect(namesOf(subgraph, "Person")).toEqual(["Nicole Yorkin"]);
    expect(subgraph?.truncated).toBe(false);
    expect(subgraph?.relationships).toEqual(
      expect.arrayContaining([
        ...CAST.map(([, character]) => relationship("CHARACTER_IN", character, HIT_AND_RUN)),
        relationship("WORKED_ON", NICOLE_YORKIN, HIT_AND_RUN, { job: "SHOWRUNNER" }),
        relationship("RELATED_TO", HIT_AND_RUN, FAUDA, {
          reason: "SAME_CREATOR",
          description: "Fauda is another Netflix series from the same maker.",
        }),
        // Among the characters too, not only from the centre.
        relationship("SPOUSE_OF", CAST[0]![1], CAST[3]![1]),
        relationship("EX_PARTNER_OF", CAST[0]![1], CAST[2]![1]),
      ]),
    );
  });

  it("adds the seven actors at depth 2, with what they play", async () => {
    const { data, statements } = await neighborhood({ id: HIT_AND_RUN_ID, depth: 2 });
    expect(statements).toBe(1);
    const subgraph = data?.neighborhood;
    expect(namesOf(subgraph, "Person")).toEqual([...ACTORS, "Nicole Yorkin"].sort());
    expect(subgraph?.relationships).toEqual(
      expect.arrayContaining(
        CAST.map(([actor, character], index) =>
          relationship("PLAYS", actor, character, { billingOrder: index + 1, seasons: [1] }),
        ),
      ),
    );
  });

  it("only ever holds relationships between its own nodes, never a provenance claim", async () => {
    for (const depth of [1, 2, 3]) {
      const { data } = await neighborhood({ id: HIT_AND_RUN_ID, depth });
      const ids = new Set(data?.neighborhood?.nodes.map(({ id }) => id));
      expect(ids.size).toBe(data?.neighborhood?.nodes.length);
      for (const { fromId, toId } of data?.neighborhood?.relationships ?? []) {
        expect([ids.has(fromId), ids.has(toId)]).toEqual([true, true]);
      }
      expect(data?.neighborhood?.nodes.map(({ __typename }) => __typename)).not.toContain("Claim");
    }
  });

  it("keeps the centre and the nearest nodes up to limit, and says it cut", async () => {
    const { data, statements } = await neighborhood({ id: HIT_AND_RUN_ID, depth: 2, limit: 3 });
    expect(statements).toBe(1);
    const subgraph = data?.neighborhood;
    expect(subgraph?.truncated).toBe(true);
    expect(subgraph?.nodes).toHaveLength(3);
    expect(subgraph?.nodes[0]?.displayName).toBe("Hit & Run");
    // Nearest first: with room for two more, no actor (two steps away) gets in.
    expect(namesOf(subgraph, "Person").filter((name) => ACTORS.includes(name))).toEqual([]);
    const ids = new Set(subgraph?.nodes.map(({ id }) => id));
    for (const { fromId, toId } of subgraph?.relationships ?? []) {
      expect([ids.has(fromId), ids.has(toId)]).toEqual([true, true]);
    }
    const alone = await neighborhood({ id: HIT_AND_RUN_ID, limit: 1 });
    expect(alone.data?.neighborhood).toEqual({
      truncated: true,
      nodes: [{ __typename: "Show", id: HIT_AND_RUN_ID, displayName: "Hit & Run" }],
      relationships: [],
    });
  });

  it("is not truncated when the limit holds everything within reach exactly", async () => {
    const full = await neighborhood({ id: HIT_AND_RUN_ID, depth: 2 });
    const size = full.data?.neighborhood?.nodes.length ?? 0;
    const exact = await neighborhood({ id: HIT_AND_RUN_ID, depth: 2, limit: size });
    expect(exact.data?.neighborhood).toEqual(full.data?.neighborhood);
    const short = await neighborhood({ id: HIT_AND_RUN_ID, depth: 2, limit: size - 1 });
    expect(short.data?.neighborhood?.truncated).toBe(true);
  });

  it("is null for an ID that names nothing", async () => {
    expect(await neighborhood({ id: gid("Show", "no-such-show") })).toEqual({
      data: { neighborhood: null },
      statements: 1,
    });
    expect(await neighborhood({ id: gid("Spaceship", "enterprise") })).toEqual({
      data: { neighborhood: null },
      statements: 0,
    });
  });

  it("refuses depths and limits out of bounds before asking the database", async () => {
    const cases = [
      [{ depth: 4 }, "depth must be between 1 and 3 (got 4)", "depth"],
      [{ depth: 0 }, "depth must be between 1 and 3 (got 0)", "depth"],
      [{ limit: 501 }, "limit must be between 1 and 500 (got 501)", "limit"],
      [{ limit: 0 }, "limit must be between 1 and 500 (got 0)", "limit"],
    ] as const;
    for (const [bounds, message, argument] of cases) {
      expect(await neighborhood({ id: HIT_AND_RUN_ID, ...bounds })).toEqual({
        data: { neighborhood: null },
        errors: [expect.objectContaining({ message, extensions: { code: "BAD_USER_INPUT", argument } })],
        statements: 0,
      });
    }
  });
});
