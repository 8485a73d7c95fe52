import { request as httpRequest } from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestHttpServer } from "../support/test-http-server.js";
import { startTestHttpServer } from "../support/test-http-server.js";

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** A request through node:http, which sends what fetch would refuse (a 60 KB URL, a bad charset). */
function send(
  url: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<RawAnswer>((resolveAnswer, reject) => {
    const target = new URL(url);
    const outgoing = httpRequest(
      { host: target.hostname, port: target.port, path, method: init.method ?? "GET", headers: init.headers },
      (incoming) => {
        let text = "";
        incoming.setEncoding("utf8");
        incoming.on("data", (chunk: string) => (text += chunk));
        incoming.on("end", () =>
          resolveAnswer({ status: incoming.statusCode ?? 0, headers: incoming.headers, text }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(init.body);
  });
}

const JSON_POST = { "content-type": "application/json", accept: "application/json" };

/** Each bad request of issue 11, what it must answer, and where the code sits in the body. */
const BAD_REQUESTS = [
  {
    name: "a malformed JSON body",
    path: "/graphql",
    init: { method: "POST", headers: JSON_POST, body: '{"query": "{ shows { totalCount } }"' },
    status: 400,
    code: "BAD_REQUEST",
  },
  {
    name: "a body over 1 MB",
    path: "/graphql",
    init: {
      method: "POST",
      headers: JSON_POST,
      body: JSON.stringify({ query: `{ __typename } #${"x".repeat(1_100_000)}` }),
    },
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
  },
  {
    name: "content-type application/json; charset=latin1",
    path: "/graphql",
    init: {
      method: "POST",
      headers: { ...JSON_POST, "content-type": "application/json; charset=latin1" },
      body: '{"query": "{ __typename }"}',
    },
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
  },
  { name: "an unknown path", path: "/nothing/here", init: {}, status: 404, code: "NOT_FOUND" },
  { name: "an unknown export", path: "/export/everything-else", init: {}, status: 404, code: "NOT_FOUND" },
  {
    name: "a 60 KB URL",
    path: `/graphql?query=${"x".repeat(60_000)}`,
    init: { headers: { accept: "application/json" } },
    status: 431,
    code: "HEADERS_TOO_LARGE",
  },
  {
    name: "a 60 KB URL elsewhere",
    path: `/export/neighborhood?id=${"x".repeat(60_000)}`,
    init: {},
    status: 431,
    code: "HEADERS_TOO_LARGE",
  },
  {
    name: "a GET without an operation",
    path: "/graphql",
    init: { headers: { accept: "application/json" } },
    status: 400,
    code: "BAD_REQUEST",
  },
];

function codeOf(path: string, body: unknown): unknown {
  const parsed = body as { errors?: { extensions?: { code?: unknown } }[]; error?: { code?: unknown } };
  return path.startsWith("/graphql") ? parsed.errors?.[0]?.extensions?.code : parsed.error?.code;
}

describe.each(["production", "development"])(
  "every HTTP error is JSON with a code, NODE_ENV=%s",
  (environment) => {
    let server: TestHttpServer;
    beforeAll(async () => {
      // Express reads NODE_ENV when the app is made: development is where it shows stack traces.
      const before = process.env.NODE_ENV;
      process.env.NODE_ENV = environment;
      try {
        server = await startTestHttpServer({ introspection: environment !== "production" });
      } finally {
        process.env.NODE_ENV = before;
      }
    });
    afterAll(() => server.close());

    it.each(BAD_REQUESTS)("$name: $status $code", async ({ path, init, status, code }) => {
      const answer = await send(server.url, path, init);
      expect(answer.status).toBe(status);
      expect(answer.headers["content-type"]).toMatch(/^application\/json/);
      expect(answer.headers["x-content-type-options"]).toBe("nosniff");
      expect(codeOf(path, JSON.parse(answer.text))).toBe(code);
      expect(answer.text).not.toMatch(/<html|<pre|\bat \w+ \(|node_modules|\/work\/|\.ts:\d|\.js:\d/i);
    });

    it("sends nosniff with pages and answers alike", async () => {
      for (const [path, headers] of [
        ["/health", {}],
        ["/graphql", { accept: "text/html" }],
        ["/explore", { accept: "text/html" }],
      ] as const) {
        const answer = await send(server.url, path, { headers });
        expect(answer.headers["x-content-type-options"], path).toBe("nosniff");
      }
    });

    it("still serves the IDE page to browsers", async () => {
      const answer = await send(server.url, "/graphql", { headers: { accept: "text/html" } });
      expect(answer.status).toBe(200);
      expect(answer.headers["content-type"]).toMatch(/^text\/html/);
    });
  },
);

describe("validation suggestions follow introspection", () => {
  const misspelt = JSON.stringify({ query: "{ sho { title } }" });
  let closed: TestHttpServer;
  let open: TestHttpServer;
  beforeAll(async () => {
    closed = await startTestHttpServer({ introspection: false });
    open = await startTestHttpServer({ introspection: true });
  });
  afterAll(async () => {
    await closed.close();
    await open.close();
  });

  it("gives no 'Did you mean' when introspection is off", async () => {
    const answer = await send(closed.url, "/graphql", { method: "POST", headers: JSON_POST, body: misspelt });
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/Cannot query field \\"sho\\"/);
    expect(answer.text).not.toMatch(/Did you mean/);
  });

  it("suggests when introspection is on (the schema is public then)", async () => {
    const answer = await send(open.url, "/graphql", { method: "POST", headers: JSON_POST, body: misspelt });
    expect(answer.text).toMatch(/Did you mean \\"show/);
  });
});
