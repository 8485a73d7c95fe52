import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import type { BrowserSession } from "../support/browser.js";
import { openBrowser } from "../support/browser.js";
import { ensureExplorerAssets } from "../support/explorer-assets.js";
import {
  afterAction,
  openGraphView,
  openSources,
  requireGraphApi,
  showNeighbourhood,
} from "../support/graph-view-page.js";
import { exampleOperationName, openIde, paneText, runOperation } from "../support/ide-page.js";
import { openReviewPage, proposeDraft, reviewCard, seedArticleText } from "../support/review-page.js";
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

  it("explore.png: Hit & Run's neighbourhood, the cancellation's sources in the panel", async () => {
    const { page } = browser;
    await requireGraphApi(server.url);
    await openGraphView(page, server.url);
    await showNeighbourhood(page, { name: "Hit & Run", depth: 2 });
    await openSources(page, "Netflix canceled Hit & Run");
    await page.getByRole("button", { name: "List", exact: true }).click();
    await save("explore.png");
  });

  it("explore-paths.png: a path with the sources of every step and its citations", async () => {
    const { page } = browser;
    await page.getByRole("combobox", { name: "Path to" }).fill("Gal Toren");
    await afterAction(page, () => page.getByRole("button", { name: "Find paths" }).click());
    await page.locator(".details pre.citations").waitFor();
    await save("explore-paths.png");
  });

  it("explore-time.png: the neighbourhood as known on 31 August 2021, with the show's timeline", async () => {
    const { page } = browser;
    page.setDefaultTimeout(90_000);
    await showNeighbourhood(page, { name: "Hit & Run", depth: 2 });
    await afterAction(page, () => page.getByLabel("Known on", { exact: true }).fill("2021-08-31"));
    await page.locator(".timeline").waitFor();
    await save("explore-time.png");
  }, 200_000);

  it("review.png: the seed article's draft under review, a claim's words highlighted in the article", async () => {
    const { page } = browser;
    await openReviewPage(page, server.url);
    await proposeDraft(page, await seedArticleText());
    for (const name of ["Show: Hit & Run", "Person: Lior Raz", "Character: Segev Azulai"]) {
      await reviewCard(page, name).getByRole("button", { name: "Accept" }).click();
    }
    await reviewCard(page, "Person: Lior Ashkenazi").getByRole("button", { name: "Reject" }).click();
    await page.locator(".review-bar").evaluate((bar) => bar.scrollIntoView());
    await reviewCard(page, "Character: Segev Azulai").getByRole("button", { name: "Edit" }).hover();
    // Text-dense: a little shorter than the others, to stay under MAX_BYTES.
    await page.setViewportSize({ width: 1200, height: 640 });
    await save("review.png");
  });
});
