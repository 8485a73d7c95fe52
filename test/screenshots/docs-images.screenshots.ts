import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import type { BrowserSession } from "../support/browser.js";
import { openBrowser } from "../support/browser.js";
import { ensureExplorerAssets } from "../support/explorer-assets.js";
import {
  clickDrawing,
  drawnRelationships,
  openGraphView,
  requireGraphApi,
  showNeighbourhood,
} from "../support/graph-view-page.js";
import { exampleOperationName, openIde, paneText, runOperation } from "../support/ide-page.js";
import type { TestHttpServer } from "../support/test-http-server.js";
import { startTestHttpServer } from "../support/test-http-server.js";

const IMAGES = join(projectRoot, "docs", "images");
/** Small enough to commit and to load in a README. */
const MAX_BYTES = 150_000;

describe("docs/images", () => {
  let server: TestHttpServer;
  let browser: BrowserSession;
  beforeAll(async () => {
    await ensureExplorerAssets();
    server = await startTestHttpServer();
    browser = await openBrowser({ width: 1200, height: 700 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function save(name: string): Promise<void> {
    const path = join(IMAGES, name);
    await browser.page.screenshot({ path });
    expect((await stat(path)).size).toBeLessThan(MAX_BYTES);
  }

  it("graphiql.png: the IDE after running the Hit & Run cast example", async () => {
    const { page } = browser;
    await openIde(page, server.url);
    const examples = await readFile(join(projectRoot, "schema", "examples.graphql"), "utf8");
    await runOperation(page, exampleOperationName(examples, [/hit & run/i, /\bcast\b/]));
    await expect.poll(() => paneText(page, ".graphiql-response")).toContain("Lior Raz");
    await save("graphiql.png");
  });

  it("explore.png: Hit & Run's neighbourhood, a PLAYS relationship selected", async () => {
    const { page } = browser;
    await requireGraphApi(server.url);
    await openGraphView(page, server.url);
    await showNeighbourhood(page, { name: "Hit & Run", depth: 2 });
    const plays = (await drawnRelationships(page)).find((relationship) => relationship.type === "PLAYS");
    if (plays) {
      await clickDrawing(page, plays);
      await page.locator(".details .evidence[data-loaded]").waitFor();
    }
    await save("explore.png");
  });
});
