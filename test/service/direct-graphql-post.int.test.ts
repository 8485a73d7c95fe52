import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestHttpServer } from "../support/test-http-server.js";
import { startTestHttpServer } from "../support/test-http-server.js";

/**
 * `POST /graphql` is served without Express (src/server/direct-graphql-post.ts); the same request
 * with a query string (`/graphql?via=express`) still goes through the Express app. Both must give
 * the same answer, status and headers, good and bad requests alike.
 */
describe("POST /graphql served directly and through Express alike", { timeout: 120_000 }, () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    server = await startTestHttpServer({ introspection: true });
  });
  afterAll(() => server.close());

  const ask = async (path: string, body: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
    return {
      status: response.status,
      text: await response.text(),
      contentType: response.headers.get("content-type"),
      contentLength: response.headers.get("content-length"),
      nosniff: response.headers.get("x-content-type-options"),
      requestId: response.headers.get("x-request-id"),
    };
  };

  const CASES: [string, string, Record<string, string>?][] = [
    [
      "a planned query",
      JSON.stringify({ query: '{ show(name: "hit & run") { title cast { totalCount } } }' }),
    ],
    ["a validation error", JSON.stringify({ query: "{ show(name: 1) { nope } }" })],
    ["malformed JSON", '{"query": "{ __typename }"'],
    ["a bad bookmark header", JSON.stringify({ query: "{ __typename }" }), { "showgraph-bookmark": "%%%" }],
    [
      "a request id of the client's",
      JSON.stringify({ query: "{ __typename }" }),
      { "x-request-id": "abc-1" },
    ],
  ];

  it.each(CASES)("%s", async (_name, body, headers = {}) => {
    const direct = await ask("/graphql", body, headers);
    const viaExpress = await ask("/graphql?via=express", body, headers);
    expect(direct.status).toBe(viaExpress.status);
    expect(direct.text).toBe(viaExpress.text);
    expect(direct.contentType).toMatch(/^application\/json/);
    expect(direct.contentType).toBe(viaExpress.contentType);
    expect(direct.contentLength).toBe(String(Buffer.byteLength(direct.text)));
    expect(direct.nosniff).toBe("nosniff");
    expect(direct.requestId).toMatch(headers["x-request-id"] ?? /^[0-9a-f-]{36}$/);
  });
});
