import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import { ensureExplorerAssets } from "../support/explorer-assets.js";
import type { TestHttpServer } from "../support/test-http-server.js";
import { startTestHttpServer } from "../support/test-http-server.js";

const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

/** The JSON a page carries for its script (web/shared/page-config.ts). */
function pageConfig(html: string): Record<string, unknown> {
  const match = /<script type="application\/json" id="showgraph-config">(.*?)<\/script>/s.exec(html);
  if (!match?.[1]) {
    throw new Error(`no configuration in ${html}`);
  }
  return JSON.parse(match[1]) as Record<string, unknown>;
}

describe("the explorer's routes", () => {
  let server: TestHttpServer;
  beforeAll(async () => {
    await ensureExplorerAssets();
    server = await startTestHttpServer();
  });
  afterAll(() => server.close());

  it("gives a browser asking for /graphql the IDE, with the examples and a same-origin-only policy", async () => {
    const response = await fetch(`${server.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("vary")).toContain("Accept");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await response.text();
    expect(html).toContain('<script type="module" src="/explorer/assets/graphiql.js"></script>');
    expect(pageConfig(html)).toEqual({
      endpoint: "/graphql",
      introspection: true,
      examples: await readFile(join(projectRoot, "schema", "examples.graphql"), "utf8"),
    });
  });

  it("answers GraphQL to API clients, whatever else they accept", async () => {
    const viaGet = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('{ show(name: "Hit & Run") { title } }')}`,
      {
        headers: { accept: BROWSER_ACCEPT, "apollo-require-preflight": "true" },
      },
    );
    expect(await viaGet.json()).toEqual({ data: { show: { title: "Hit & Run" } } });

    const viaPost = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "*/*" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(await viaPost.json()).toEqual({ data: { __typename: "Query" } });

    const bareGet = await fetch(`${server.url}/graphql`, { headers: { accept: "*/*" } });
    expect(bareGet.headers.get("content-type")).not.toContain("text/html");
  });

  it("redirects / to the IDE", async () => {
    const response = await fetch(`${server.url}/`, { redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/graphql");
  });

  it("serves the graph view at /explore and the bundles under /explorer/assets", async () => {
    const page = await fetch(`${server.url}/explore`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(pageConfig(html)).toEqual({ endpoint: "/graphql", introspection: true });
    for (const asset of [
      "explore.js",
      "explore.css",
      "graphiql.js",
      "graphiql.css",
      "workers/graphql.worker.js",
    ]) {
      const response = await fetch(`${server.url}/explorer/assets/${asset}`);
      expect({ asset, status: response.status }).toEqual({ asset, status: 200 });
    }
    expect((await fetch(`${server.url}/explorer/assets/no-such-file.js`)).status).toBe(404);
  });

  it("tells the IDE when the server refuses introspection", async () => {
    const closed = await startTestHttpServer({ introspection: false });
    try {
      const html = await (
        await fetch(`${closed.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } })
      ).text();
      expect(pageConfig(html)).toMatchObject({ introspection: false });
    } finally {
      await closed.close();
    }
  });
});
