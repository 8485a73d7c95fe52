import { OperationTypeNode } from "graphql";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";

import { Role } from "../../src/auth/role.js";
import { TokenStore } from "../../src/auth/token-store.js";
import { takeGraphCensus } from "../../src/benchmark/graph-census.js";
import { toGlobalId } from "../../src/common/global-id.js";
import { exampleOperations } from "../../src/schema/example-operations.js";
import type { GraphQLBody, OwnService } from "../support/own-service.js";
import { startOwnService } from "../support/own-service.js";

/** The editing block of schema/examples.graphql, in the order of a journalist's day (docs/editing.md). */
const EDITING_EXAMPLES = [
  "AddAnArticle",
  "AttachASecondSource",
  "AddAClaim",
  "CorrectARank",
  "DeprecateAClaim",
  "ChangeAConfidence",
  "MergeADuplicatePerson",
  "UndoTheMerge",
  "WatchHitAndRunEdits",
];

const examples = new Map(exampleOperations().map((example) => [example.name, example]));

/** The example's text, or a failure naming it when schema/examples.graphql lost it. */
function example(name: string): string {
  const found = examples.get(name);
  if (!found) {
    throw new Error(`schema/examples.graphql has no operation ${name}`);
  }
  return found.text;
}

const PRODUCED_IN_ISRAEL = `query ($knownOn: LocalDate) {
  show(name: "Hit & Run") { evidence(predicate: "PRODUCED_IN", knownOn: $knownOn) { predicate } }
}`;

/** The day before and the day of `date`, as ISO days (UTC, as Neo4j's date()). */
function days(date: Date): { yesterday: string; today: string } {
  const today = date.toISOString().slice(0, 10);
  const yesterday = new Date(date.getTime() - 86_400_000).toISOString().slice(0, 10);
  return { yesterday, today };
}

describe("the example mutations of schema/examples.graphql, run with a token on a Neo4j of their own", () => {
  let service: OwnService;
  let editor = "";
  let admin = "";

  beforeAll(async () => {
    service = await startOwnService("example-mutations");
    const store = new TokenStore(service.executor);
    editor = (await store.create({ name: "journalist", role: Role.EDITOR })).token;
    admin = (await store.create({ name: "desk-admin", role: Role.ADMIN })).token;
  });
  afterAll(async () => {
    await service?.close();
  });

  /** Runs an example with a token; fails on any error, returns its data. */
  async function run(
    name: string,
    token: string,
    variables: Record<string, unknown> = {},
  ): Promise<Record<string, Record<string, unknown>>> {
    const { status, body } = await service.graphql(example(name), variables, token);
    expect({ name, status, errors: body.errors }).toEqual({ name, status: 200, errors: undefined });
    return body.data as Record<string, Record<string, unknown>>;
  }

  async function expectRefusedUnchanged(
    answer: () => Promise<{ status: number; body: GraphQLBody }>,
    status: number | undefined,
    code: string,
  ): Promise<void> {
    const before = await takeGraphCensus(service.executor);
    const { status: got, body } = await answer();
    expect({ got: status === undefined ? undefined : got, code: body.errors?.[0]?.extensions?.code }).toEqual(
      {
        got: status,
        code,
      },
    );
    expect(await takeGraphCensus(service.executor)).toEqual(before);
  }

  it("the examples' mutations are exactly the journalist's day run here, and it has no other", () => {
    const writes = exampleOperations([OperationTypeNode.MUTATION, OperationTypeNode.SUBSCRIPTION]);
    expect(writes.map((operation) => operation.name)).toEqual(EDITING_EXAMPLES);
  });

  it("AddAnArticle refuses to run without a token (401), checks as a dry run by default, then writes with dryRun: false", async () => {
    await expectRefusedUnchanged(() => service.graphql(example("AddAnArticle")), 401, "UNAUTHENTICATED");
    const census = await takeGraphCensus(service.executor);
    const dry = (await run("AddAnArticle", editor)).ingestFacts;
    expect(dry).toMatchObject({ dryRun: true, changed: true, edit: null });
    expect(await takeGraphCensus(service.executor)).toEqual(census);

    const real = (await run("AddAnArticle", editor, { dryRun: false })).ingestFacts;
    expect(real).toMatchObject({
      dryRun: false,
      changed: true,
      edit: { kind: "INGEST_FACTS", by: "journalist" },
    });
    expect(real?.counts).toEqual(
      expect.arrayContaining([
        { label: "Article", created: 1, matched: 0, newSources: 0 },
        { label: "Person", created: 1, matched: 0, newSources: 0 },
        { label: "Claim", created: 1, matched: 0, newSources: 1 },
      ]),
    );
    // Added by an editor: known from the day of the edit, not from the article's date (issue 13).
    const [claim] = await service.executor.read<{ basis: string; today: boolean }>(
      {
        cypher: `MATCH (c:Claim)-[:SUPPORTED_BY]->(:Article {id: 'hit-and-run-who-made-it'})
          RETURN c.knownFromBasis AS basis, c.knownFrom = date() AS today`,
      },
      { operation: "test: known time of an ingested claim" },
    );
    expect(claim).toEqual({ basis: "EDIT", today: true });
  });

  it("AttachASecondSource adds the new article as a second source of Lior Raz's role; sent again, CONFLICT and nothing changes", async () => {
    const { claim, edit } = (await run("AttachASecondSource", editor)).addClaimSource as {
      claim: { version: number; sources: Array<{ quote: string; article: { title: string } }> };
      edit: unknown;
    };
    expect(claim.version).toBe(1);
    expect(claim.sources.map((source) => source.article.title)).toEqual(
      expect.arrayContaining(["Hit & Run: who made it", expect.stringMatching(/^When will Hit & Run/)]),
    );
    expect(claim.sources).toHaveLength(2);
    expect(edit).toMatchObject({ kind: "ADD_SOURCE" });
    await expectRefusedUnchanged(
      () => service.graphql(example("AttachASecondSource"), {}, editor),
      409,
      "CONFLICT",
    );
  });

  it("AddAClaim adds a checked claim known from the day of the edit: @asOf(knownOn:) before the edit does not show it, after does", async () => {
    const { yesterday, today } = days(new Date());
    const evidence = async (knownOn: string | null) =>
      (
        (await service.graphql(PRODUCED_IN_ISRAEL, { knownOn })).body.data?.show as {
          evidence: unknown[];
        }
      ).evidence.length;
    expect([await evidence(null), await evidence(today)]).toEqual([0, 0]);

    const { claim, edit } = (await run("AddAClaim", editor)).addClaim as {
      claim: Record<string, unknown>;
      edit: unknown;
    };
    expect(claim).toEqual({
      id: toGlobalId("Claim", "claim/hit-and-run/produced-in/israel"),
      predicate: "PRODUCED_IN",
      rank: "PREFERRED",
      version: 0,
      // Unless the edit crossed midnight (UTC) since `today` was taken.
      knownFrom: {
        value: expect.stringMatching(new RegExp(`^(${today}|${days(new Date()).today})$`)),
        precision: "DAY",
      },
      knownFromBasis: "EDIT",
    });
    expect(edit).toEqual({ kind: "ADD_CLAIM", summary: "claim added: claim/hit-and-run/produced-in/israel" });
    expect([await evidence(null), await evidence(today), await evidence(yesterday)]).toEqual([1, 1, 0]);

    // The same claim again: the graph holds it, so CONFLICT naming it, and nothing changes.
    await expectRefusedUnchanged(() => service.graphql(example("AddAClaim"), {}, editor), 409, "CONFLICT");
  });

  it("addClaim refuses what ingest would refuse, with the field path in the input; an unknown article is NOT_FOUND; nothing changes", async () => {
    const ADD = `mutation ($input: AddClaimInput!) { addClaim(input: $input) { claim { id } } }`;
    const valid = {
      subject: toGlobalId("Show", "hit-and-run"),
      predicate: "FILMED_IN",
      object: toGlobalId("Location", "tel-aviv"),
      article: toGlobalId("Article", "hit-and-run-season-2-release"),
      quote: "Tel Aviv",
    };
    const cases: Array<[Record<string, unknown>, string, string | undefined]> = [
      [{ predicate: "FILMED IN" }, "BAD_USER_INPUT", "input.predicate"],
      [{ quote: "words the article never wrote" }, "BAD_USER_INPUT", "input.quote"],
      [{ confidence: 1.5 }, "BAD_USER_INPUT", "input.confidence"],
      [{ object: toGlobalId("Location", "atlantis") }, "BAD_USER_INPUT", "input.object"],
      [{ article: toGlobalId("Article", "no-such-article") }, "NOT_FOUND", undefined],
      [{ subject: toGlobalId("Show", "hit-and-run"), object: null }, "BAD_USER_INPUT", "input.object"],
    ];
    for (const [change, code, path] of cases) {
      await expectRefusedUnchanged(
        () => service.graphql(ADD, { input: { ...valid, ...change } }, editor),
        undefined,
        code,
      );
      if (path) {
        const { body } = await service.graphql(ADD, { input: { ...valid, ...change } }, editor);
        const problems = body.errors?.[0]?.extensions?.problems as Array<{ path: string }>;
        expect({ change, paths: problems.map((problem) => problem.path) }).toEqual({
          change,
          paths: expect.arrayContaining([path]),
        });
      }
    }
  });

  it("addClaim with an idempotency key, sent again, returns the first result and changes nothing", async () => {
    const ADD = `mutation ($input: AddClaimInput!) { addClaim(input: $input) { claim { id } edit { id } replayed } }`;
    const input = {
      subject: toGlobalId("Show", "hit-and-run"),
      predicate: "PRODUCED_IN",
      object: toGlobalId("Location", "united-states"),
      article: toGlobalId("Article", "hit-and-run-season-2-release"),
      quote: "this hit Israeli-American series",
      idempotencyKey: "produced-in-us-1",
    };
    const first = (await service.graphql(ADD, { input }, editor)).body.data?.addClaim as Record<
      string,
      unknown
    >;
    const census = await takeGraphCensus(service.executor);
    const again = (await service.graphql(ADD, { input }, editor)).body.data?.addClaim as Record<
      string,
      unknown
    >;
    expect(first).toMatchObject({ replayed: false });
    expect(again).toEqual({ ...first, replayed: true });
    expect(await takeGraphCensus(service.executor)).toEqual(census);
  });

  it("CorrectARank, DeprecateAClaim and ChangeAConfidence change what they say, with the reason on the record", async () => {
    expect((await run("CorrectARank", editor)).setClaimRank).toEqual({
      claim: { rank: "NORMAL", version: 1 },
      edit: {
        kind: "CHANGE_RANK",
        reason: "Only a fan article says so.",
        summary: "rank PREFERRED -> NORMAL",
      },
    });
    expect((await run("DeprecateAClaim", editor)).deprecateClaim).toEqual({
      claim: { rank: "DEPRECATED", deprecationReason: "Netflix canceled the show in September 2021." },
      edit: { kind: "DEPRECATE", reason: "Netflix canceled the show in September 2021." },
    });
    expect((await run("ChangeAConfidence", editor)).setClaimConfidence).toEqual({
      claim: {
        confidence: 0.8,
        version: 1,
        confidenceDerivation: { note: "Netflix and every outlet call it a series." },
      },
    });
  });

  it("MergeADuplicatePerson needs an admin (403 for an editor, nothing changes); it folds L. Raz into Lior Raz, and UndoTheMerge returns the census", async () => {
    await expectRefusedUnchanged(
      () => service.graphql(example("MergeADuplicatePerson"), {}, editor),
      403,
      "FORBIDDEN",
    );
    const before = await takeGraphCensus(service.executor);
    const merged = (await run("MergeADuplicatePerson", admin)).mergeEntities as {
      kept: { name: string; crewCredits: { totalCount: number } };
      edit: { id: string; kind: string; by: string; reason: string };
    };
    expect(merged.kept).toEqual({ name: "Lior Raz", crewCredits: { totalCount: 1 } });
    expect(merged.edit).toMatchObject({ kind: "MERGE_ENTITIES", by: "desk-admin" });

    const undone = (await run("UndoTheMerge", admin, { edit: merged.edit.id })).undoMerge;
    expect(undone).toEqual({
      kept: { displayName: "Lior Raz" },
      edit: { kind: "UNDO_MERGE", summary: "undid the merge into lior-raz" },
    });
    // The graph as before the merge, but for the two edit records (nodes with their properties,
    // and each one's EDITED link to Lior Raz).
    const after = await takeGraphCensus(service.executor);
    const editRecords = await service.executor.read<{ nodes: number; properties: number; links: number }>(
      {
        cypher: `MATCH (e:Edit) WHERE e.kind IN ['MERGE_ENTITIES', 'UNDO_MERGE']
          RETURN count(e) AS nodes, sum(size(keys(e))) AS properties,
            sum(COUNT { (e)-[:EDITED]->() }) AS links`,
      },
      { operation: "test" },
    );
    const records = editRecords[0]!;
    expect(after).toEqual({
      nodes: before.nodes + records.nodes,
      relationships: before.relationships + records.links,
      properties: before.properties + records.properties,
    });
    expect(records.nodes).toBe(2);
  });

  it("WatchHitAndRunEdits delivers an edit about Hit & Run over graphql-ws, the token in connectionParams", async () => {
    const client = createClient({
      url: `${service.url.replace(/^http/, "ws")}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { Authorization: `Bearer ${editor}` },
    });
    const connected = new Promise<void>((resolve) => client.on("connected", () => resolve()));
    const events = client.iterate({ query: example("WatchHitAndRunEdits") });
    const first = events.next();
    // graphql-ws acknowledges the connection, not a subscription: wait for the first, then give
    // the server a moment to register the second before the edit commits.
    await connected;
    await new Promise((resolve) => setTimeout(resolve, 500));
    await service.graphql(
      `mutation { setClaimConfidence(input: {claim: "${toGlobalId("Claim", "claim/hit-and-run/kind/series")}", confidence: 0.85, note: "Watched."}) { replayed } }`,
      {},
      editor,
    );
    const { value } = await first;
    expect(value).toEqual({
      data: {
        edits: {
          kind: "CHANGE_CONFIDENCE",
          by: "journalist",
          reason: "Watched.",
          summary: "confidence 0.8 -> 0.85",
          claims: [{ predicate: "kind", value: "SERIES", rank: "PREFERRED", confidence: 0.85, version: 2 }],
        },
      },
    });
    await events.return?.();
    await client.dispose();
  });

  it("LiorRazHistory reads the day's edits about Lior Raz, newest first", async () => {
    const { person } = await run("LiorRazHistory", editor);
    const edits = person?.edits as { edges: Array<{ node: { kind: string; by: string } }> };
    expect(edits.edges.map(({ node }) => node.kind)).toEqual(["UNDO_MERGE", "MERGE_ENTITIES", "ADD_SOURCE"]);
  });

  it("mutations are held to the operation limits of reads: 31 aliased edits are refused before any runs", async () => {
    const claim = toGlobalId("Claim", "claim/hit-and-run/kind/series");
    const fields = Array.from(
      { length: 31 },
      (_, index) =>
        `e${index}: setClaimConfidence(input: {claim: "${claim}", confidence: 0.5, note: "n${index}"}) { replayed }`,
    );
    const before = await takeGraphCensus(service.executor);
    const { status, body } = await service.graphql(`mutation { ${fields.join("\n")} }`, {}, editor);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "aliases" });
    expect(await takeGraphCensus(service.executor)).toEqual(before);
  });
});
