import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import { fillCreditOrder } from "../../src/db/migrations/fill-credit-order.js";
import { FactsFileError } from "../../src/ingest/facts-problem.js";
import { ingestFactsFile } from "../../src/ingest/ingest-facts.js";
import {
  CREDIT_ORDER_EXPECTED,
  CREDIT_ORDER_PERSON,
  CREDIT_ORDER_SHOWS,
  creditOrderFacts,
  staleCreditOrders,
} from "../support/credit-order-fixture.js";
import { factsFolder } from "../support/facts-files.js";
import type { EditingTokens } from "../support/editing-service.js";
import { startEditingService } from "../support/editing-service.js";
import type { OwnService } from "../support/own-service.js";

/**
 * `character.creditOrder` is derived from the character's show (src/credit/credit-order.ts):
 * after every kind of write that creates a character, moves one, or changes a show's premiere
 * date or name, no character's stored key differs from the one its show gives, and a write that
 * fails or is a dry run leaves every key as it was. On a graph of the test's own (edits leave
 * records the shared graph must not see).
 */
const ARTICLE = "fixture-co-article";
const ECHO_PREMIERE = "claim/fixture-co-echo/premiere";

const CREDITS = `{ person(name: "${CREDIT_ORDER_PERSON.name}") { castCredits(first: 50) { nodes { character { name } } } } }`;
const ADD_CLAIM = `mutation ($input: AddClaimInput!) { addClaim(input: $input) { claim { id } } }`;
const SET_RANK = `mutation ($input: SetClaimRankInput!) { setClaimRank(input: $input) { claim { rank } } }`;
const DEPRECATE = `mutation ($input: DeprecateClaimInput!) { deprecateClaim(input: $input) { claim { rank } } }`;
const MERGE = `mutation ($input: MergeEntitiesInput!) { mergeEntities(input: $input) { edit { id } } }`;
const UNDO = `mutation ($input: UndoMergeInput!) { undoMerge(input: $input) { edit { kind } } }`;

/** The expected order with roles `moved` taken out and put back at `index`. */
function reordered(names: string[], moved: number[], index: number): string[] {
  const rest = names.filter((name) => !moved.some((n) => name === `Role ${n}`));
  return [...rest.slice(0, index), ...moved.map((n) => `Role ${n}`), ...rest.slice(index)];
}

describe("every writer keeps the stored credit order of characters", () => {
  let service: OwnService;
  const folder = factsFolder();
  let tokens: EditingTokens = { editor: "", admin: "" };

  beforeAll(async () => {
    ({ service, tokens } = await startEditingService("credit-order"));
  });
  afterAll(async () => {
    await service?.close();
    folder.remove();
  });

  const ingest = (name: string, content: string, dryRun = false) =>
    ingestFactsFile(service.executor, folder.write(name, content), { dryRun });

  async function order(): Promise<string[]> {
    const { body } = await service.graphql(CREDITS);
    expect(body.errors).toBeUndefined();
    const person = body.data?.person as { castCredits: { nodes: { character: { name: string } }[] } };
    return person.castCredits.nodes.map((node) => node.character.name);
  }

  async function keys(): Promise<Record<string, string | null>> {
    const rows = await service.executor.read<{ id: string; key: string | null }>(
      {
        cypher:
          "MATCH (c:Character) WHERE c.id STARTS WITH 'fixture-co-' RETURN c.id AS id, c.creditOrder AS key ORDER BY id",
      },
      { operation: "test: credit order keys" },
    );
    return Object.fromEntries(rows.map(({ id, key }) => [id, key]));
  }

  async function edit(mutation: string, input: Record<string, unknown>, token = tokens.editor) {
    const { body } = await service.graphql(mutation, { input }, token);
    expect(body.errors).toBeUndefined();
    expect(await staleCreditOrders(service.executor)).toEqual([]);
    return body.data as Record<string, Record<string, Record<string, string>>>;
  }

  it("ingest: the seed, a new graph, then a file that changes a premiere date and a title", async () => {
    expect(await staleCreditOrders(service.executor)).toEqual([]);
    await ingest(
      "credits.json",
      creditOrderFacts(ARTICLE, {
        // A role whose show is given only later (addClaim), and a premiere date not preferred yet.
        entities: [{ type: "Character", id: "fixture-co-c12", name: "Role 12", show: "fixture-co-echo" }],
        claims: [
          {
            subject: `Person:${CREDIT_ORDER_PERSON.id}`,
            predicate: "PLAYS",
            object: "Character:fixture-co-c12",
          },
          {
            id: ECHO_PREMIERE,
            subject: "Show:fixture-co-echo",
            predicate: "premiereDate",
            value: "2010",
            rank: "NORMAL",
          },
        ],
      }),
    );
    expect(await staleCreditOrders(service.executor)).toEqual([]);
    expect(await order()).toEqual(CREDIT_ORDER_EXPECTED);

    const changed = CREDIT_ORDER_SHOWS.map((show) =>
      show.id === "fixture-co-golf"
        ? { ...show, premiereDate: "2024" }
        : show.id === "fixture-co-delta"
          ? { ...show, title: "Aardvark" }
          : show,
    );
    await ingest("changed.json", creditOrderFacts("fixture-co-second", { shows: changed }));
    expect(await staleCreditOrders(service.executor)).toEqual([]);
    // Golf (now 2024) first; Delta, now "aardvark", first of the undated.
    expect(await order()).toEqual(reordered(reordered(CREDIT_ORDER_EXPECTED, [8], 0), [6], 7));
  });

  it("a refused ingest and a dry run leave every key as it was", async () => {
    const before = await keys();
    const hotelIn1980 = CREDIT_ORDER_SHOWS.map((show) =>
      show.id === "fixture-co-hotel" ? { ...show, premiereDate: "1980" } : show,
    );
    await expect(
      ingest(
        "refused.json",
        creditOrderFacts("fixture-co-refused", {
          shows: hotelIn1980,
          claims: [
            {
              subject: "Character:fixture-co-c9",
              predicate: "CHARACTER_IN",
              object: "Show:fixture-co-nowhere",
            },
          ],
        }),
      ),
    ).rejects.toThrow(FactsFileError);
    expect(await keys()).toEqual(before);
    const dryRun = await ingest("dry.json", creditOrderFacts("fixture-co-dry", { shows: hotelIn1980 }), true);
    expect(dryRun.changed).toBe(true);
    expect(await keys()).toEqual(before);
    expect(await staleCreditOrders(service.executor)).toEqual([]);
  });

  it("claim edits: a role given its show (addClaim), taken out of it and back (ranks), a premiere date preferred and demoted", async () => {
    const start = await order();
    expect(start).not.toContain("Role 12");
    const added = await edit(ADD_CLAIM, {
      subject: toGlobalId("Character", "fixture-co-c12"),
      predicate: "CHARACTER_IN",
      object: toGlobalId("Show", "fixture-co-echo"),
      article: toGlobalId("Article", ARTICLE),
      quote: "Fixture text",
      reason: "Role 12 is in Echo.",
    });
    const characterIn = added.addClaim?.claim?.id as string;
    // Echo is the last show; Role 12 after Role 10 by id ("c10" < "c12").
    expect(await order()).toEqual([...start, "Role 12"]);

    await edit(DEPRECATE, { claim: characterIn, reason: "Not in Echo after all." });
    expect(await order()).toEqual(start);
    await edit(SET_RANK, { claim: characterIn, rank: "NORMAL", reason: "In Echo again." });
    expect(await order()).toEqual([...start, "Role 12"]);

    const premiere = toGlobalId("Claim", ECHO_PREMIERE);
    await edit(SET_RANK, { claim: premiere, rank: "PREFERRED", reason: "Echo premiered in 2010." });
    // Echo in 2010: after the 2021 shows (Bravo's Role 5 last), before the undated ones.
    const in2010 = reordered([...start, "Role 12"], [10, 12], start.indexOf("Role 5") + 1);
    expect(await order()).toEqual(in2010);
    await edit(DEPRECATE, { claim: premiere, reason: "No source gives 2010." });
    expect(await order()).toEqual([...start, "Role 12"]);
  });

  it("merge and its undo, of shows and of characters", async () => {
    const before = await keys();
    const byOrder = await order();
    /** Merges `duplicate` into `keep` (both of `label`), then undoes it; what the merge left in between. */
    const mergeAndUndo = async (label: string, keep: string, duplicate: string) => {
      const merged = await edit(
        MERGE,
        { keep: toGlobalId(label, keep), merge: [toGlobalId(label, duplicate)], reason: "The same." },
        tokens.admin,
      );
      const between = await order();
      await edit(UNDO, { edit: merged.mergeEntities?.edit?.id, reason: "Two after all." }, tokens.admin);
      expect(await keys()).toEqual(before);
      expect(await order()).toEqual(byOrder);
      return between;
    };
    const shows = await mergeAndUndo("Show", "fixture-co-bravo", "fixture-co-alpha-undated");
    // Roles 11 and 7 were Bravo's (2021-08-01, "bravo"): after Role 5, by id ("c11" < "c5" < "c7").
    expect(shows.slice(shows.indexOf("Role 11"), shows.indexOf("Role 7") + 1)).toEqual([
      "Role 11",
      "Role 5",
      "Role 7",
    ]);
    await mergeAndUndo("Character", "fixture-co-c9", "fixture-co-c5");
  });

  it("migration 0012 gives every character its key, and a second run writes nothing", async () => {
    await service.executor.write(
      {
        cypher: `MATCH (c:Character) REMOVE c.creditOrder
          WITH c WHERE c.id = 'fixture-co-c1' SET c.creditOrder = '00000000wrong'`,
      },
      { operation: "test: a graph from before the key" },
    );
    expect((await staleCreditOrders(service.executor)).length).toBeGreaterThan(12);
    expect(await fillCreditOrder(service.executor)).toBeGreaterThan(12);
    expect(await staleCreditOrders(service.executor)).toEqual([]);
    expect(await fillCreditOrder(service.executor)).toBe(0);
  });
});
