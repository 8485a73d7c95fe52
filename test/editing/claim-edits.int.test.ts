import { readFileSync } from "node:fs";
import { join } from "node:path";

import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";

import { projectRoot } from "../../src/common/project-root.js";

import { Role } from "../../src/auth/role.js";
import { TokenStore } from "../../src/auth/token-store.js";
import { takeGraphCensus } from "../../src/benchmark/graph-census.js";
import { toGlobalId } from "../../src/common/global-id.js";
import type { OwnService } from "../support/own-service.js";
import { startOwnService } from "../support/own-service.js";

const FILM = toGlobalId("Claim", "claim/hit-and-run/kind/film");
const SERIES = toGlobalId("Claim", "claim/hit-and-run/kind/series");
const LIOR_RAZ_PLAYS = toGlobalId("Claim", "claim/lior-raz/plays/hit-and-run/segev-azulai");

const EDIT_FIELDS =
  "claim { rank deprecationReason confidence version confidenceDerivation { note } } edit { kind by reason summary at } replayed";

const SET_CONFIDENCE = `mutation ($input: SetClaimConfidenceInput!) { setClaimConfidence(input: $input) { ${EDIT_FIELDS} } }`;
const SET_RANK = `mutation ($input: SetClaimRankInput!) { setClaimRank(input: $input) { ${EDIT_FIELDS} } }`;
const DEPRECATE = `mutation ($input: DeprecateClaimInput!) { deprecateClaim(input: $input) { ${EDIT_FIELDS} } }`;
const SHOW = `{ show(name: "Hit & Run") { kind cast { totalCount } } }`;
const INGEST = `mutation ($input: IngestFactsInput!) { ingestFacts(input: $input) {
  dryRun changed records relationshipsCreated counts { label created matched updated newSources } edit { kind by summary } } }`;
const JNS = readFileSync(
  join(projectRoot, "cypher", "articles", "jns-netflix-cancels-hit-and-run.facts.yaml"),
  "utf8",
);

describe("editing claims through the API (token-protected mutations, each one transaction)", () => {
  let service: OwnService;
  const tokens: Record<"reader" | "editor" | "admin" | "revoked", string> = {
    reader: "",
    editor: "",
    admin: "",
    revoked: "",
  };

  beforeAll(async () => {
    service = await startOwnService("edits");
    const store = new TokenStore(service.executor);
    tokens.reader = (await store.create({ name: "reader-app", role: Role.READER })).token;
    tokens.editor = (await store.create({ name: "dana", role: Role.EDITOR })).token;
    tokens.admin = (await store.create({ name: "admin", role: Role.ADMIN })).token;
    tokens.revoked = (await store.create({ name: "gone", role: Role.EDITOR })).token;
    await store.revoke("gone");
  });
  afterAll(async () => {
    await service?.close();
  });

  const confidenceInput = (extra: Record<string, unknown> = {}) => ({
    input: { claim: SERIES, confidence: 0.7, note: "A second look at the article.", ...extra },
  });

  it("refuses a write without a token (401 UNAUTHENTICATED), with a reader's token (403 FORBIDDEN), or with a revoked or made-up one (401): the graph unchanged", async () => {
    const before = await takeGraphCensus(service.executor);
    const cases: Array<[string | undefined, number, string]> = [
      [undefined, 401, "UNAUTHENTICATED"],
      [tokens.reader, 403, "FORBIDDEN"],
      [tokens.revoked, 401, "UNAUTHENTICATED"],
      [`sgt_000000000000_${"A".repeat(43)}`, 401, "UNAUTHENTICATED"],
      ["not-a-token", 401, "UNAUTHENTICATED"],
    ];
    for (const [token, status, code] of cases) {
      const { status: got, body } = await service.graphql(SET_CONFIDENCE, confidenceInput(), token);
      expect({ got, code: body.errors?.[0]?.extensions?.code }).toEqual({ got: status, code });
      expect(JSON.stringify(body)).not.toMatch(/sgt_|hash|Neo4j|MATCH/);
    }
    expect(await takeGraphCensus(service.executor)).toEqual(before);
  });

  it("reads stay public by default, with or without a valid token", async () => {
    expect((await service.graphql(SHOW)).body.data).toEqual({
      show: { kind: "SERIES", cast: { totalCount: 7 } },
    });
    expect((await service.graphql(SHOW, {}, tokens.reader)).body.data).toEqual({
      show: { kind: "SERIES", cast: { totalCount: 7 } },
    });
  });

  it("changes a claim's confidence with its note, counts a version, and records who, when and why", async () => {
    const { status, body } = await service.graphql(
      SET_CONFIDENCE,
      confidenceInput({ expectedVersion: 0 }),
      tokens.editor,
    );
    expect(status).toBe(200);
    const payload = body.data?.setClaimConfidence as Record<string, Record<string, unknown>>;
    expect(payload.claim).toEqual({
      rank: "PREFERRED",
      deprecationReason: null,
      confidence: 0.7,
      version: 1,
      confidenceDerivation: { note: "A second look at the article." },
    });
    expect(payload.edit).toMatchObject({
      kind: "CHANGE_CONFIDENCE",
      by: "dana",
      reason: "A second look at the article.",
      summary: "confidence 0.6 -> 0.7",
    });
    expect(Date.parse(payload.edit?.at as string)).toBeGreaterThan(Date.now() - 600_000);
  });

  it("refuses an edit made against an old version with CONFLICT (409), changing nothing", async () => {
    const before = await takeGraphCensus(service.executor);
    const { status, body } = await service.graphql(
      SET_CONFIDENCE,
      confidenceInput({ confidence: 0.9, expectedVersion: 0 }),
      tokens.editor,
    );
    expect(status).toBe(409);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", currentVersion: 1 });
    expect(await takeGraphCensus(service.executor)).toEqual(before);
  });

  it("lets exactly one of many concurrent edits of one version, from several clients, win; the others get CONFLICT", async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        service.graphql(
          SET_CONFIDENCE,
          confidenceInput({ confidence: 0.5 + index / 100, expectedVersion: 1 }),
          index % 2 === 0 ? tokens.editor : tokens.admin,
        ),
      ),
    );
    const codes = results.map(({ body }) => body.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT", "CONFLICT", "OK"]);
    const [row] = await service.executor.read<{ version: number }>(
      { cypher: "MATCH (c:Claim {id: 'claim/hit-and-run/kind/series'}) RETURN c.version AS version" },
      { operation: "test" },
    );
    expect(row?.version).toBe(2);
  });

  it("loses no update when many clients edit one claim at once without expectedVersion: each is counted and recorded", async () => {
    const versionAndEdits = async () =>
      (
        await service.executor.read<{ version: number; edits: number }>(
          {
            cypher: `MATCH (c:Claim {id: 'claim/hit-and-run/kind/series'})
              RETURN c.version AS version, COUNT { (:Edit)-[:EDITED]->(c) } AS edits`,
          },
          { operation: "test" },
        )
      )[0]!;
    const before = await versionAndEdits();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        service.graphql(
          SET_CONFIDENCE,
          confidenceInput({ confidence: 0.4 + index / 100, note: `Client ${index}.` }),
          index % 2 === 0 ? tokens.editor : tokens.admin,
        ),
      ),
    );
    expect(results.map(({ body }) => body.errors)).toEqual(Array.from({ length: 8 }, () => undefined));
    // Serialised by the claim's write lock: every edit counted on top of the one before it.
    expect(await versionAndEdits()).toEqual({ version: before.version + 8, edits: before.edits + 8 });
  });

  it("replays an idempotency key: the first result again, nothing changed", async () => {
    const input = confidenceInput({ confidence: 0.65, idempotencyKey: "retry-1" });
    const first = await service.graphql(SET_CONFIDENCE, input, tokens.editor);
    const census = await takeGraphCensus(service.executor);
    const again = await service.graphql(
      SET_CONFIDENCE,
      { input: { ...input.input, confidence: 0.1 } },
      tokens.editor,
    );
    const firstPayload = first.body.data?.setClaimConfidence as Record<string, Record<string, unknown>>;
    const againPayload = again.body.data?.setClaimConfidence as Record<string, unknown>;
    expect(againPayload.replayed).toBe(true);
    expect(againPayload.edit).toEqual(firstPayload.edit);
    expect((againPayload.claim as Record<string, unknown>).confidence).toBe(0.65);
    expect(await takeGraphCensus(service.executor)).toEqual(census);
  });

  it("promotes the deprecated FILM claim: Show.kind follows, the SERIES claim becomes NORMAL; then back", async () => {
    const promoted = await service.graphql(
      SET_RANK,
      { input: { claim: FILM, rank: "PREFERRED", reason: "Testing what the stored fact does." } },
      tokens.editor,
    );
    expect((promoted.body.data?.setClaimRank as { claim: unknown }).claim).toMatchObject({
      rank: "PREFERRED",
      deprecationReason: null,
    });
    expect((await service.graphql(SHOW)).body.data).toEqual({
      show: { kind: "FILM", cast: { totalCount: 7 } },
    });
    await service.graphql(
      SET_RANK,
      { input: { claim: SERIES, rank: "PREFERRED", reason: "It is a series." } },
      tokens.editor,
    );
    await service.graphql(DEPRECATE, { input: { claim: FILM, reason: "Careless wording." } }, tokens.editor);
    expect((await service.graphql(SHOW)).body.data).toEqual({
      show: { kind: "SERIES", cast: { totalCount: 7 } },
    });
  });

  it("deprecating a cast claim removes the PLAYS relationship; restoring it brings it back", async () => {
    const deprecated = await service.graphql(
      DEPRECATE,
      { input: { claim: LIOR_RAZ_PLAYS, reason: "Testing what a deprecated relationship claim does." } },
      tokens.editor,
    );
    expect(deprecated.body.errors).toBeUndefined();
    expect((await service.graphql(SHOW)).body.data).toEqual({
      show: { kind: "SERIES", cast: { totalCount: 6 } },
    });
    await service.graphql(
      SET_RANK,
      { input: { claim: LIOR_RAZ_PLAYS, rank: "PREFERRED", reason: "Restored." } },
      tokens.editor,
    );
    expect((await service.graphql(SHOW)).body.data).toEqual({
      show: { kind: "SERIES", cast: { totalCount: 7 } },
    });
  });

  it("refuses bad input with BAD_USER_INPUT or NOT_FOUND, changing nothing", async () => {
    const before = await takeGraphCensus(service.executor);
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [SET_CONFIDENCE, confidenceInput({ confidence: 1.5 }), "BAD_USER_INPUT"],
      [SET_CONFIDENCE, confidenceInput({ note: "   " }), "BAD_USER_INPUT"],
      [SET_CONFIDENCE, confidenceInput({ claim: toGlobalId("Show", "hit-and-run") }), "BAD_USER_INPUT"],
      [SET_CONFIDENCE, confidenceInput({ claim: toGlobalId("Claim", "claim/none") }), "NOT_FOUND"],
      [SET_CONFIDENCE, confidenceInput({ claim: "%%%" }), "BAD_USER_INPUT"],
      [SET_RANK, { input: { claim: FILM, rank: "DEPRECATED", reason: "x" } }, "BAD_USER_INPUT"],
      [DEPRECATE, { input: { claim: FILM, reason: "" } }, "BAD_USER_INPUT"],
    ];
    for (const [query, variables, code] of cases) {
      const { body } = await service.graphql(query, variables, tokens.editor);
      expect([body.errors?.[0]?.extensions?.code, body.errors?.[0]?.message]).toEqual([
        code,
        expect.any(String),
      ]);
    }
    expect(await takeGraphCensus(service.executor)).toEqual(before);
  });

  it("lists a claim's edits newest first, and a show's edits through the claims about it (Relay connections)", async () => {
    const { body } = await service.graphql(`{
      claim(id: "${SERIES}") { edits(first: 2) { totalCount edges { node { kind by summary } } pageInfo { hasNextPage } } }
      show(name: "Hit & Run") { edits(first: 50) { totalCount edges { node { kind } } } }
    }`);
    const claim = (body.data?.claim as { edits: { totalCount: number; edges: unknown[]; pageInfo: unknown } })
      .edits;
    expect(claim.totalCount).toBeGreaterThanOrEqual(4);
    expect(claim.edges[0]).toEqual({
      node: { kind: "CHANGE_RANK", by: "dana", summary: "rank NORMAL -> PREFERRED" },
    });
    expect(claim.pageInfo).toEqual({ hasNextPage: true });
    const show = (
      body.data?.show as { edits: { totalCount: number; edges: Array<{ node: { kind: string } }> } }
    ).edits;
    expect(new Set(show.edges.map((edge) => edge.node.kind))).toEqual(
      new Set(["CHANGE_CONFIDENCE", "CHANGE_RANK", "DEPRECATE"]),
    );
  });

  it("ingests a facts document through the API: a dry run reports and writes nothing; the real run writes and records the edit; again, no change", async () => {
    const census = await takeGraphCensus(service.executor);
    const dry = await service.graphql(INGEST, { input: { document: JNS, dryRun: true } }, tokens.editor);
    const dryReport = dry.body.data?.ingestFacts as Record<string, unknown>;
    expect(dryReport).toMatchObject({ dryRun: true, changed: true, edit: null });
    expect(await takeGraphCensus(service.executor)).toEqual(census);

    const real = await service.graphql(
      INGEST,
      // Back-filling a 2021 article: its claims known from its date, as the command line does.
      { input: { document: JNS, reason: "JNS's report", knownTime: "SOURCES" } },
      tokens.editor,
    );
    const report = real.body.data?.ingestFacts as Record<string, unknown>;
    expect({ ...report, edit: undefined }).toEqual({ ...dryReport, dryRun: false, edit: undefined });
    expect(report.edit).toEqual({
      kind: "INGEST_FACTS",
      by: "dana",
      summary: "ingested article jns-netflix-cancels-hit-and-run",
    });
    expect(
      (report.counts as Array<{ label: string; created: number }>).find((c) => c.label === "Claim"),
    ).toMatchObject({
      created: 22,
    });

    const [bases] = await service.executor.read<{ bases: string[] }>(
      {
        cypher: `MATCH (c:Claim)-[:SUPPORTED_BY]->(:Article {id: 'jns-netflix-cancels-hit-and-run'})
          RETURN collect(DISTINCT c.knownFromBasis) AS bases`,
      },
      { operation: "test: known-time bases" },
    );
    expect(bases?.bases).not.toContain("EDIT");

    const again = await service.graphql(INGEST, { input: { document: JNS } }, tokens.editor);
    expect(again.body.data?.ingestFacts).toMatchObject({ changed: false, edit: null });
    // A fresh Neo4j plans each ingest statement once (docs/ingestion.md): seconds, more under load.
  }, 180_000);

  it("refuses a document with problems as BAD_USER_INPUT with each problem's line and path, writing nothing", async () => {
    const census = await takeGraphCensus(service.executor);
    const broken = JNS.replace(/predicate: CANCELED/, "predicate: CANCELLED_MAYBE");
    const { body } = await service.graphql(INGEST, { input: { document: broken } }, tokens.editor);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const problems = body.errors?.[0]?.extensions?.problems as Array<{
      file: string;
      line: number;
      path: string;
    }>;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: "document", path: expect.stringMatching(/^claims\[\d+\]/) });
    expect(problems[0]?.line).toBeGreaterThan(1);
    expect(JSON.stringify(body)).not.toMatch(/\/tmp\/|showgraph-document/);
    expect(await takeGraphCensus(service.executor)).toEqual(census);
  });

  it("merges a duplicate person into the kept one (credits, claims, external ids, name as alias), and undoes it exactly", async () => {
    await service.executor.write(
      {
        cypher: `MATCH (raz:Person {id: 'lior-raz'}), (fauda:Show {id: 'fauda'}), (c:Claim {id: 'claim/lior-raz/plays/hit-and-run/segev-azulai'})
          CREATE (dup:Person {id: 'lior-raz-2', name: 'Lior Raz (actor)', nameKey: 'lior raz (actor)', imdbId: 'nm1234567'})
          CREATE (dup)-[:WORKED_ON {job: 'DIRECTOR', since: 2015}]->(fauda)
          CREATE (claim:Claim {id: 'claim/lior-raz-2/worked-on/fauda/director', predicate: 'WORKED_ON', value: 'DIRECTOR', rank: 'PREFERRED', confidence: 0.5})
          CREATE (claim)-[:SUBJECT]->(dup), (claim)-[:OBJECT]->(fauda)`,
      },
      { operation: "test fixture" },
    );
    const before = await dumpGraph();
    const creditsQuery = `{ person(name: "Lior Raz") { crewCredits { totalCount } } }`;
    const creditsBefore = (
      (await service.graphql(creditsQuery)).body.data?.person as { crewCredits: { totalCount: number } }
    ).crewCredits.totalCount;
    const MERGE = `mutation ($input: MergeEntitiesInput!) { mergeEntities(input: $input) {
      kept { ... on Person { name crewCredits { totalCount } } } edit { id kind by reason summary } replayed } }`;
    const input = {
      keep: toGlobalId("Person", "lior-raz"),
      merge: [toGlobalId("Person", "lior-raz-2")],
      reason: "The same actor, entered twice.",
    };
    const refused = await service.graphql(MERGE, { input }, tokens.editor);
    expect([refused.status, refused.body.errors?.[0]?.extensions?.code]).toEqual([403, "FORBIDDEN"]);
    expect(await dumpGraph()).toEqual(before);

    const { body } = await service.graphql(MERGE, { input }, tokens.admin);
    const merged = body.data?.mergeEntities as {
      kept: { name: string };
      edit: { id: string; summary: string };
    };
    expect(merged.kept).toEqual({ name: "Lior Raz", crewCredits: { totalCount: creditsBefore + 1 } });
    expect(merged.edit).toMatchObject({
      kind: "MERGE_ENTITIES",
      by: "admin",
      summary: "merged lior-raz-2 into lior-raz",
    });
    const [after] = await service.executor.read<Record<string, unknown>>(
      {
        cypher: `MATCH (p:Person {id: 'lior-raz'}) RETURN p.aliases AS aliases, p.imdbId AS imdbId,
          EXISTS { (:Person {id: 'lior-raz-2'}) } AS duplicateLeft,
          [(c:Claim {id: 'claim/lior-raz-2/worked-on/fauda/director'})-[:SUBJECT]->(s) | s.id] AS claimSubjects`,
      },
      { operation: "test" },
    );
    expect(after).toEqual({
      aliases: ["Lior Raz (actor)"],
      imdbId: "nm1234567",
      duplicateLeft: false,
      claimSubjects: ["lior-raz"],
    });

    const UNDO = `mutation ($input: UndoMergeInput!) { undoMerge(input: $input) { edit { kind summary } } }`;
    const undone = await service.graphql(
      UNDO,
      { input: { edit: merged.edit.id, reason: "Two people after all." } },
      tokens.admin,
    );
    expect(undone.body.data?.undoMerge).toEqual({
      edit: { kind: "UNDO_MERGE", summary: "undid the merge into lior-raz" },
    });
    expect(await dumpGraph()).toEqual(before);
    const again = await service.graphql(
      UNDO,
      { input: { edit: merged.edit.id, reason: "Twice?" } },
      tokens.admin,
    );
    expect(again.body.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("delivers edits to a graphql-ws subscriber over WebSocket, filtered by what they are about; refuses a bad token", async () => {
    const url = service.url.replace(/^http/, "ws") + "/graphql";
    const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0 });
    const received: unknown[] = [];
    let resolveFirst: (value: unknown) => void = () => {};
    const first = new Promise((resolve) => (resolveFirst = resolve));
    const subscribed = new Promise<void>((resolve) => {
      client.on("connected", () => resolve());
    });
    const stop = client.subscribe(
      {
        query: `subscription ($about: ID) { edits(about: $about) { kind by claims { confidence version } } }`,
        variables: { about: SERIES },
      },
      {
        next: (value) => {
          received.push(value.data);
          resolveFirst(value.data);
        },
        error: () => {},
        complete: () => {},
      },
    );
    await subscribed;
    // An edit about another claim is not delivered; the one about SERIES is.
    await service.graphql(
      DEPRECATE,
      { input: { claim: FILM, reason: "Still careless wording." } },
      tokens.editor,
    );
    await service.graphql(SET_CONFIDENCE, confidenceInput({ confidence: 0.75 }), tokens.editor);
    await first;
    expect(received).toEqual([
      {
        edits: {
          kind: "CHANGE_CONFIDENCE",
          by: "dana",
          claims: [{ confidence: 0.75, version: expect.any(Number) }],
        },
      },
    ]);
    stop();
    await client.dispose();

    const refused = await new Promise<number>((resolve) => {
      const bad = createClient({
        url,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        connectionParams: { Authorization: "Bearer not-a-token" },
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      bad.on("closed", () => void bad.dispose());
    });
    expect(refused).toBe(4403);
  });

  /** Every node and relationship but the edit records, with each property's Neo4j type. */
  async function dumpGraph(): Promise<unknown> {
    const typed = (entity: string) =>
      `[key IN keys(${entity}) WHERE key <> 'version' | [key, valueType(${entity}[key]), ${entity}[key]]]`;
    const [dump] = await service.executor.read<Record<string, unknown>>(
      {
        cypher: `CALL () { MATCH (n) WHERE NOT n:Edit RETURN collect([labels(n), ${typed("n")}]) AS nodes }
          CALL () { MATCH (a)-[r]->(b) WHERE type(r) <> 'EDITED'
            RETURN collect([labels(a), a.id, type(r), labels(b), b.id, ${typed("r")}]) AS relationships }
          RETURN nodes, relationships`,
      },
      { operation: "test dump" },
    );
    const sorted = (rows: unknown) => (rows as unknown[]).map((row) => JSON.stringify(row)).sort();
    return { nodes: sorted(dump?.nodes), relationships: sorted(dump?.relationships) };
  }
});
