import type { BrowserSession } from "./browser.js";
import { openBrowser } from "./browser.js";
import { ensureExplorerAssets } from "./explorer-assets.js";
import { graphql, requireGraphApi } from "./graph-view-page.js";
import type { TestHttpServer } from "./test-http-server.js";
import { startTestHttpServer } from "./test-http-server.js";

/** The real service on the test run's Neo4j and a Chromium to look at it with. */
export interface GraphViewSession {
  server: TestHttpServer;
  browser: BrowserSession;
  close(): Promise<void>;
}

/**
 * Builds the explorer's assets if stale, starts the HTTP server, checks it has the graph API and
 * opens Chromium at `size` (CSS pixels): what every graph view browser test does first.
 */
export async function startGraphViewSession(size = { width: 1400, height: 850 }): Promise<GraphViewSession> {
  await ensureExplorerAssets();
  const server = await startTestHttpServer();
  await requireGraphApi(server.url);
  const browser = await openBrowser(size);
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A show's global id, by title. */
export async function showId(serverUrl: string, title: string): Promise<string> {
  const { show } = await graphql<{ show: { id: string } | null }>(
    serverUrl,
    `
      query ($title: String!) {
        show(name: $title) {
          id
        }
      }
    `,
    { title },
  );
  if (!show) {
    throw new Error(`no show named ${title} in the test graph`);
  }
  return show.id;
}
