import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Role } from "../../src/auth/role.js";
import { TokenStore } from "../../src/auth/token-store.js";
import { toGlobalId } from "../../src/common/global-id.js";
import { loadConfig } from "../../src/config/config.js";
import { buildGraphQLSchema } from "../../src/schema/build-graphql-schema.js";
import type { RunningHttpServer } from "../../src/server/start-http-server.js";
import { startHttpServer } from "../../src/server/start-http-server.js";
import type { OwnService } from "../support/own-service.js";
import { startOwnService } from "../support/own-service.js";

const SERIES = toGlobalId("Claim", "claim/hit-and-run/kind/series");
const SHOW = `{ show(name: "Hit & Run") { title cast(first: 3) { totalCount nodes { person { name } } } } }`;
const CONFIDENCE = `query ($id: ID!) { node(id: $id) { ... on Claim { confidence } } }`;
const SET_CONFIDENCE = `mutation ($input: SetClaimConfidenceInput!) { setClaimConfidence(input: $input) { claim { confidence } } }`;

interface Answer {
  status: number;
  etag: string | null;
  cacheControl: string | null;
  vary: string | null;
  text: string;
}

async function get(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Answer> {
  const search = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  // Apollo's CSRF prevention lets a GET through with this header (or a non-simple content type).
  const response = await fetch(`${base}/graphql?${search.toString()}`, {
    headers: { "apollo-require-preflight": "true", ...headers },
  });
  return {
    status: response.status,
    etag: response.headers.get("etag"),
    cacheControl: response.headers.get("cache-control"),
    vary: response.headers.get("vary"),
    text: await response.text(),
  };
}

describe("GET queries to HTTP caches: Cache-Control, an ETag that changes with every committed write, 304", () => {
  let service: OwnService;
  let privateServer: RunningHttpServer;
  let editor = "";
  let reader = "";

  beforeAll(async () => {
    // The in-process answer cache on: a repeat must still never outlive a write.
    service = await startOwnService("http-cache", { environment: { GRAPHQL_RESPONSE_CACHE_MB: "4" } });
    const tokens = new TokenStore(service.executor);
    editor = (await tokens.create({ name: "dana", role: Role.EDITOR })).token;
    reader = (await tokens.create({ name: "reader-app", role: Role.READER })).token;
    privateServer = await startHttpServer({
      schema: await buildGraphQLSchema(),
      executor: service.executor,
      host: "127.0.0.1",
      port: 0,
      introspection: true,
      exportMaxElements: 50_000,
      auth: { readsNeedToken: true },
      httpCache: loadConfig({ NODE_ENV: "test", AUTH_READS: "token", HTTP_CACHE_MAX_AGE: "60" }).httpCache,
    });
  }, 300_000);
  afterAll(async () => {
    await privateServer?.stop();
    await service?.close();
  });

  it("gives a repeated GET the same strong ETag and a public, revalidated Cache-Control, and answers If-None-Match with an empty 304", async () => {
    const first = await get(service.url, SHOW);
    const second = await get(service.url, SHOW);
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text)).toMatchObject({ data: { show: { title: "Hit & Run" } } });
    expect(first.etag).toMatch(/^"g\d+-[\w-]{22}"$/);
    expect(second).toEqual(first);
    expect(first.cacheControl).toBe("public, max-age=0, must-revalidate");

    const revalidated = await get(service.url, SHOW, {}, { "if-none-match": first.etag as string });
    expect(revalidated).toMatchObject({ status: 304, etag: first.etag, text: "" });
    // Another question has another ETag: the old one does not answer it.
    const other = await get(
      service.url,
      SHOW.replace("first: 3", "first: 4"),
      {},
      {
        "if-none-match": first.etag as string,
      },
    );
    expect(other.status).toBe(200);
    expect(other.etag).not.toBe(first.etag);
  });

  it("changes the ETag, and the answer, after a committed write; the old ETag then gets 200", async () => {
    const before = await get(service.url, CONFIDENCE, { id: SERIES });
    const showBefore = await get(service.url, SHOW);
    const edit = await service.graphql(
      SET_CONFIDENCE,
      { input: { claim: SERIES, confidence: 0.31, note: "Checked again." } },
      editor,
    );
    expect(edit.body.errors).toBeUndefined();

    const after = await get(
      service.url,
      CONFIDENCE,
      { id: SERIES },
      { "if-none-match": before.etag as string },
    );
    expect(after.status).toBe(200);
    expect(after.etag).not.toBe(before.etag);
    expect(JSON.parse(after.text)).toEqual({ data: { node: { confidence: 0.31 } } });
    // Any write changes every ETag: the version is the graph's, not the claim's.
    expect((await get(service.url, SHOW)).etag).not.toBe(showBefore.etag);
  });

  it("does not let caches keep POST answers, answers with errors, or mutations", async () => {
    const post = await fetch(`${service.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: SHOW }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get("cache-control")).toBe("no-store");

    const missing = await get(service.url, `query ($id: ID!) { node(id: $id) { id } }`, {});
    expect(missing.status).toBe(400);
    expect(missing.cacheControl).toBe("no-store");
    expect(missing.etag ?? "").not.toMatch(/^"g/);

    const mutation = await get(service.url, SET_CONFIDENCE, {
      input: { claim: SERIES, confidence: 0.5, note: "Over GET." },
    });
    expect(mutation.status).toBe(405);
    expect(mutation.etag ?? "").not.toMatch(/^"g/);
  });

  it("marks answers private (browsers only) and varying by Authorization when reads need a token", async () => {
    const url = privateServer.url.replace("localhost", "127.0.0.1");
    // Refused before the GraphQL layer (401 is not stored by caches unless told to).
    const anonymous = await get(url, SHOW);
    expect(anonymous.status).toBe(401);
    expect(anonymous.etag ?? "").not.toMatch(/^"g/);

    const authorized = await get(url, SHOW, {}, { authorization: `Bearer ${reader}` });
    expect(authorized.status).toBe(200);
    expect(authorized.cacheControl).toBe("private, max-age=60, must-revalidate");
    expect(authorized.vary).toBe("authorization");
    expect(authorized.etag).toMatch(/^"g\d+-/);
    expect(
      (
        await get(
          url,
          SHOW,
          {},
          { authorization: `Bearer ${reader}`, "if-none-match": authorized.etag as string },
        )
      ).status,
    ).toBe(304);
  });
});
