import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Role } from "../../src/auth/role.js";
import { TokenStore } from "../../src/auth/token-store.js";
import { toGlobalId } from "../../src/common/global-id.js";
import { runMigrations } from "../../src/db/migrations/run-migrations.js";
import { seedDatabase } from "../../src/db/seed/seed-database.js";
import type { RunningEmbeddedNeo4j } from "../../src/neo4j/embedded/start-embedded-neo4j.js";
import { startOwnNeo4j } from "../support/own-neo4j.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";
import type { TestHttpServer } from "../support/test-http-server.js";
import { startTestHttpServer } from "../support/test-http-server.js";

/**
 * Issue 16, item 6: bookmarks carried across requests of one client. Two replicas, each with its
 * own driver (and so its own bookmark manager), route over neo4j:// to one real Neo4j: a client
 * that wrote through one sends the Showgraph-Bookmark it got back to the other, whose reads then
 * wait for that write. Community has one member, so the wait is never long; what is proven here is
 * that the header comes back after a write, and that a bookmark sent reaches Neo4j (a well-formed
 * one Neo4j cannot read is refused by Neo4j itself, as BAD_REQUEST).
 */

const SERIES = toGlobalId("Claim", "claim/hit-and-run/kind/series");
const SET_CONFIDENCE = `mutation ($input: SetClaimConfidenceInput!) {
  setClaimConfidence(input: $input) { claim { confidence } } }`;
const READ_CLAIM = `query ($id: ID!) { node(id: $id) { ... on Claim { confidence } } }`;

describe("reading one's own writes through any replica (Showgraph-Bookmark)", { timeout: 600_000 }, () => {
  let folder: string;
  let neo4j: RunningEmbeddedNeo4j;
  let database: TestExecutor;
  const replicas: TestHttpServer[] = [];
  let editorToken: string;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "showgraph-bookmarks-"));
    neo4j = await startOwnNeo4j(folder);
    database = await openTestExecutor(neo4j.uri, neo4j.password);
    await runMigrations(database.executor);
    await seedDatabase(database.executor);
    editorToken = (await new TokenStore(database.executor).create({ name: "dana", role: Role.EDITOR })).token;
    // Each replica has a driver (and so a bookmark manager) of its own, routing as on a cluster.
    const routed = { uri: neo4j.uri.replace(/^bolt:/, "neo4j:"), password: neo4j.password };
    for (let replica = 0; replica < 2; replica += 1) {
      replicas.push(await startTestHttpServer({ introspection: false, neo4j: routed }));
    }
  });
  afterAll(async () => {
    for (const replica of replicas) {
      await replica.close();
    }
    await database?.close();
    await neo4j?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  const post = (
    replica: TestHttpServer,
    query: string,
    variables: object,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${replica.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });

  it("answers a write with its bookmark, and a read on another replica that sends it back sees the write", async () => {
    const [first, second] = replicas as [TestHttpServer, TestHttpServer];
    const read = await post(first, READ_CLAIM, { id: SERIES });
    expect(read.headers.get("showgraph-bookmark")).toBeNull();

    const write = await post(
      first,
      SET_CONFIDENCE,
      { input: { claim: SERIES, confidence: 0.65, note: "Checked against the second article." } },
      { authorization: `Bearer ${editorToken}` },
    );
    expect(await write.json()).toEqual({ data: { setClaimConfidence: { claim: { confidence: 0.65 } } } });
    const bookmark = write.headers.get("showgraph-bookmark");
    expect(bookmark).toMatch(/^[A-Za-z0-9:+/=_.-]+(, [A-Za-z0-9:+/=_.-]+)*$/);

    const after = await post(
      second,
      READ_CLAIM,
      { id: SERIES },
      { "showgraph-bookmark": bookmark as string },
    );
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ data: { node: { confidence: 0.65 } } });
  });

  it("refuses a malformed bookmark with 400 BAD_REQUEST before anything runs", async () => {
    const [, second] = replicas as [TestHttpServer, TestHttpServer];
    for (const header of ['"FB:abc"', "FB:abc; drop", Array.from({ length: 17 }, () => "FB:a").join(",")]) {
      const response = await post(second, READ_CLAIM, { id: SERIES }, { "showgraph-bookmark": header });
      expect(response.status).toBe(400);
      const body = (await response.json()) as {
        errors: Array<{ extensions: { code: string; header: string } }>;
      };
      expect(body.errors[0]?.extensions).toEqual({ code: "BAD_REQUEST", header: "Showgraph-Bookmark" });
    }
  });

  it("passes a well-formed bookmark to Neo4j, which refuses one it cannot read: BAD_REQUEST, no Neo4j message", async () => {
    const [, second] = replicas as [TestHttpServer, TestHttpServer];
    const response = await post(
      second,
      READ_CLAIM,
      { id: SERIES },
      { "showgraph-bookmark": "FB:notabookmark" },
    );
    const text = await response.text();
    expect(JSON.parse(text)).toMatchObject({
      errors: [{ extensions: { code: "BAD_REQUEST", header: "Showgraph-Bookmark" } }],
    });
    expect(text).not.toMatch(/Neo\.|neo4j|bookmark mixture|at .*\.js/i);
  });
});
