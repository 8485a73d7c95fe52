import type { Server } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import type { CryptoKey, JWTPayload } from "jose";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { takeGraphCensus } from "../../src/benchmark/graph-census.js";
import { toGlobalId } from "../../src/common/global-id.js";
import type { OwnService } from "../support/own-service.js";
import { startOwnService } from "../support/own-service.js";

const ISSUER = "https://idp.test/";
const AUDIENCE = "showgraph";
const KID = "test-key-1";

const SET_CONFIDENCE = `mutation ($input: SetClaimConfidenceInput!) {
  setClaimConfidence(input: $input) { claim { confidence } edit { kind by } } }`;
const INPUT = {
  input: {
    claim: toGlobalId("Claim", "claim/hit-and-run/kind/series"),
    confidence: 0.7,
    note: "Checked with the identity provider's token.",
  },
};

/**
 * JWT bearer tokens against a real JWKS over HTTP: keys made here, the public one served by a small
 * HTTP server on loopback, the service (real HTTP, a Neo4j of its own) configured with its URL.
 */
describe("JWT bearer tokens verified against a JWKS (AUTH_JWKS_URL)", () => {
  let service: OwnService;
  let jwks: Server;
  let signingKey: CryptoKey;
  let otherKey: CryptoKey;
  let jwksRequests = 0;

  beforeAll(async () => {
    const pair = await generateKeyPair("RS256");
    signingKey = pair.privateKey;
    otherKey = (await generateKeyPair("RS256")).privateKey;
    const publicJwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: "RS256", use: "sig" };
    jwks = createServer((_request, response) => {
      jwksRequests += 1;
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
    const { port } = jwks.address() as AddressInfo;
    service = await startOwnService("jwt", {
      auth: {
        readsNeedToken: false,
        jwt: {
          jwksUrl: `http://127.0.0.1:${port}/jwks.json`,
          issuer: ISSUER,
          audience: AUDIENCE,
          roleClaim: "showgraph_roles",
        },
      },
    });
  });
  afterAll(async () => {
    await service?.close();
    await new Promise((resolve) => jwks?.close(resolve));
  });

  /** A token as an identity provider would sign it; `claims` override its claims, `key` its key. */
  function token(
    claims: JWTPayload = {},
    { key = signingKey, expiresIn = "5m" }: { key?: CryptoKey; expiresIn?: string | number } = {},
  ): Promise<string> {
    return new SignJWT({
      sub: "maya@newsroom.test",
      iss: ISSUER,
      aud: AUDIENCE,
      showgraph_roles: ["editor"],
      ...claims,
    })
      .setProtectedHeader({ alg: "RS256", kid: KID })
      .setIssuedAt()
      .setExpirationTime(expiresIn)
      .sign(key);
  }

  it("accepts a valid token: its subject edits with the role its claim names", async () => {
    const { status, body } = await service.graphql(SET_CONFIDENCE, INPUT, await token());
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    expect(body.data?.setClaimConfidence).toEqual({
      claim: { confidence: 0.7 },
      edit: { kind: "CHANGE_CONFIDENCE", by: "maya@newsroom.test" },
    });
    expect(jwksRequests).toBeGreaterThan(0);
  });

  it("refuses an expired token, a wrong signature, a wrong audience or issuer, or naming no role with 401 UNAUTHENTICATED; a reader's with 403 FORBIDDEN; the graph unchanged", async () => {
    const past = Math.floor(Date.now() / 1000) - 60;
    const cases: Array<[string, Promise<string>, number, string]> = [
      ["expired", token({}, { expiresIn: past }), 401, "UNAUTHENTICATED"],
      ["signed by another key", token({}, { key: otherKey }), 401, "UNAUTHENTICATED"],
      ["for another audience", token({ aud: "another-service" }), 401, "UNAUTHENTICATED"],
      ["from another issuer", token({ iss: "https://elsewhere.test/" }), 401, "UNAUTHENTICATED"],
      ["naming no known role", token({ showgraph_roles: ["owner"] }), 401, "UNAUTHENTICATED"],
      ["with a reader's role", token({ showgraph_roles: "reader" }), 403, "FORBIDDEN"],
    ];
    const before = await takeGraphCensus(service.executor);
    for (const [name, signed, status, code] of cases) {
      const { status: got, body } = await service.graphql(SET_CONFIDENCE, INPUT, await signed);
      expect({ name, got, code: body.errors?.[0]?.extensions?.code }).toEqual({ name, got: status, code });
      expect(JSON.stringify(body)).not.toMatch(/jose|JWS|JWT\w*Error|stack/);
    }
    expect(await takeGraphCensus(service.executor)).toEqual(before);
  });

  it("a token with several roles gets the highest: an admin may merge (here refused for its input, not its role)", async () => {
    const { body } = await service.graphql(
      `mutation { mergeEntities(input: {keep: "${toGlobalId("Person", "lior-raz")}", merge: [], reason: "x"}) { replayed } }`,
      {},
      await token({ showgraph_roles: ["reader", "admin"] }),
    );
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
