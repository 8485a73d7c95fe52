import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seriousAccessibilityViolations } from "../support/axe.js";
import { openGraphView, openSources } from "../support/graph-view-page.js";
import type { GraphViewSession } from "../support/graph-view-session.js";
import { showId, startGraphViewSession } from "../support/graph-view-session.js";
import { openIde } from "../support/ide-page.js";
import { openReviewPage, proposeDraft, reviewCard, seedArticleText } from "../support/review-page.js";

/** axe-core in Chromium: no serious or critical violation on the pages the service serves. */
describe("accessibility (axe-core)", () => {
  let session: GraphViewSession;
  let server: GraphViewSession["server"];
  let browser: GraphViewSession["browser"];
  beforeAll(async () => {
    session = await startGraphViewSession();
    ({ server, browser } = session);
  });
  afterAll(() => session?.close());

  it("the IDE", async () => {
    await openIde(browser.page, server.url);
    expect(
      await seriousAccessibilityViolations(browser.page, [
        {
          id: "nested-interactive",
          target: 'class="graphiql-tab',
          why: "GraphiQL 5 draws each editor tab as a role=tab <li> holding its own buttons; its markup, not ours",
        },
      ]),
    ).toEqual([]);
  });

  it("the graph view: a drawing, its list, a relationship's sources and the time control", async () => {
    const { page } = browser;
    const hitAndRun = await showId(server.url, "Hit & Run");
    await openGraphView(page, server.url, `?id=${encodeURIComponent(hitAndRun)}&depth=2`);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await openSources(page, "Netflix canceled Hit & Run");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByLabel("Known on", { exact: true }).fill("2021-10-01");
    await page.locator(".timeline").waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("the graph view works from the keyboard: Tab to a relationship in the list, Enter opens its sources", async () => {
    const { page } = browser;
    const button = page.getByRole("button", { name: "Sources of: Lior Raz plays Segev Azulai", exact: true });
    await button.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".details h2").innerText()).toBe("Lior Raz plays Segev Azulai");
    await page.locator(".details .evidence[data-loaded]").waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBeTruthy();
  });

  it("the review page: the seed article's draft, an open edit form and the finish panel", async () => {
    const { page } = browser;
    await openReviewPage(page, server.url);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await proposeDraft(page, await seedArticleText());
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await reviewCard(page, "Lior Raz plays Segev Azulai").getByRole("button", { name: "Edit" }).click();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it("the review page works from the keyboard: Enter accepts, Edit opens a form, Escape closes it", async () => {
    const { page } = browser;
    await page.keyboard.press("Escape");
    const card = reviewCard(page, "Person: Lior Raz");
    await card.getByRole("button", { name: "Accept" }).focus();
    await page.keyboard.press("Enter");
    expect(await card.getByRole("button", { name: "Accept" }).getAttribute("aria-pressed")).toBe("true");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("id");
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Edit");
    expect(await card.locator("form").count()).toBe(0);
  });
});
