import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { sendFuzzRequest } from "../../src/fuzz/send-fuzz-request.js";
import type { TestHttpServer } from "../support/test-http-server.js";
import { startTestHttpServer } from "../support/test-http-server.js";

/** Minimal counterexamples the fuzz test found (test/reliability/fuzz.int.test.ts), kept. */
describe("fuzz regressions", () => {
  let server: TestHttpServer;

  beforeAll(async () => {
    server = await startTestHttpServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  const post = async (query: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] },
    };
  };

  // Seed 20261129: `mutation { networks { pageInfo { endCursor } } }` was INTERNAL_SERVER_ERROR.
  // Since the schema has mutations (issue 13) this is refused for its field; the rule still refuses
  // whichever root type a schema lacks.
  it.each(["mutation { networks { totalCount } }"])(
    "refuses a mutation the schema does not have in validation: %s",
    async (query) => {
      const { status, body } = await post(query);
      expect(status).toBe(400);
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    },
  );

  // Seed 20261133: `GET / HTTP/1.1` without a Host header was a 400 with an empty body.
  it("answers an HTTP/1.1 request without a Host header with a JSON error", async () => {
    const response = await sendFuzzRequest(server.url, {
      method: "GET",
      path: "/",
      headers: {},
      raw: Buffer.from("GET /graphql HTTP/1.1\r\n\r\n", "latin1"),
      label: "no Host",
    });
    expect("status" in response && response.status).toBe(400);
    expect("body" in response && JSON.parse(response.body.toString("utf8"))).toEqual({
      errors: [
        { message: "An HTTP/1.1 request must have a Host header.", extensions: { code: "BAD_REQUEST" } },
      ],
    });
  });

  // Seed 20261164: a persisted query whose hash does not match its query was INTERNAL_SERVER_ERROR.
  it.each([
    { version: 1, sha256Hash: "abc" },
    { version: 2, sha256Hash: "abc" },
  ])("refuses a persisted query that does not match as BAD_REQUEST: %o", async (persistedQuery) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", extensions: { persistedQuery } }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(response.status).toBe(400);
    expect(body.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_REQUEST"]);
  });
});
