import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { saveScreenshot } from "../support/browser.js";
import {
  afterAction,
  idLikeStrings,
  openGraphView,
  openSources,
  showList,
} from "../support/graph-view-page.js";
import type { GraphViewSession } from "../support/graph-view-session.js";
import { showId, startGraphViewSession } from "../support/graph-view-session.js";

const SEED_TITLE = "When will Hit & Run Season 2 be released? Here’s the Official News From Netflix";
/** The panel must hold its content without sideways scrolling at every common desktop width. */
const WIDTHS = [1024, 1280, 1440, 1920];

/** Elements of the details panel wider than their box (content that needs sideways scrolling). */
async function overflowing(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 850 });
    const wide = await page.evaluate(() =>
      [
        document.querySelector(".panel"),
        ...Array.from(document.querySelectorAll(".details, .details .claim, .details .source")),
      ]
        .filter(
          (element): element is Element => element !== null && element.scrollWidth > element.clientWidth,
        )
        .map((element) => `${element.className}: ${element.scrollWidth} > ${element.clientWidth}`),
    );
    found.push(...wide.map((problem) => `${width} px: ${problem}`));
  }
  await page.setViewportSize({ width: 1400, height: 850 });
  return found;
}

describe("the evidence panel, as a journalist reads it", () => {
  let session: GraphViewSession;
  let server: GraphViewSession["server"];
  let browser: GraphViewSession["browser"];
  let hitAndRun: string;
  beforeAll(async () => {
    session = await startGraphViewSession();
    ({ server, browser } = session);
    hitAndRun = await showId(server.url, "Hit & Run");
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    await openGraphView(browser.page, server.url, `?id=${encodeURIComponent(hitAndRun)}&depth=2`);
  });
  afterAll(() => session?.close());

  it("a PLAYS relationship: its article, the quote highlighted in its sentence, rank, confidence, times", async () => {
    const { page } = browser;
    await openSources(page, "Lior Raz plays Segev Azulai");
    const details = page.locator(".details");
    await expect.poll(() => details.locator("h2").innerText()).toBe("Lior Raz plays Segev Azulai");
    const card = details.locator(".claim");
    expect(await card.count()).toBe(1);
    expect(await card.getAttribute("data-rank")).toBe("PREFERRED");
    expect(await card.locator(".source-title").innerText()).toBe(SEED_TITLE);
    // The seed article names no outlet, author nor date: the card says so rather than guess.
    expect(await card.locator(".byline").innerText()).toBe("Outlet not known · undated");
    expect(await card.locator("mark").innerText()).toBe("Lior Raz as Segev Azulai");
    const text = await details.innerText();
    expect(text).toContain("Preferred: what the graph says");
    expect(text).toMatch(/Confidence 0\.6 of 1 · One secondary source: an undated fan article/);
    expect(text).toContain("no source is dated, so the graph cannot say when it became known");
    expect(text).toContain("True at all times, as far as the sources say");
    expect(text).toContain("billing order\n1");
    expect(idLikeStrings(text)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await saveScreenshot(page, "graph-view-evidence-plays");
  });

  it("the cancellation: both sources, each dated at its precision, and the claim's times in words", async () => {
    const { page } = browser;
    await openSources(page, "Netflix canceled Hit & Run");
    const details = page.locator(".details");
    const sources = details.locator(".source");
    expect(await sources.count()).toBe(2);
    // The fan article states it and relays Deadline's report; the report is the original.
    expect(await sources.nth(0).innerText()).toContain(SEED_TITLE);
    expect(await sources.nth(0).locator(".relays").innerText()).toBe(
      "Relays Deadline's report, September 2021.",
    );
    // The quoted words highlighted in the rest of their sentence.
    expect(await sources.nth(0).locator("mark").innerText()).toBe(
      "Website Deadline reported in September 2021 that Hit & Run had been canceled by Netflix",
    );
    expect(await sources.nth(0).locator("blockquote").innerText()).toMatch(
      /canceled by Netflix and would not be continuing in the future\.$/,
    );
    expect(await sources.nth(1).getAttribute("data-role")).toBe("ORIGINAL_REPORT");
    expect(await sources.nth(1).locator(".byline").innerText()).toBe("Deadline · September 2021");
    const text = await details.innerText();
    expect(text).toContain("Known since September 2021 (from the earlier report an article relays)");
    expect(text).toContain("True from September 2021 on");
    // The relationship's date is a month: never "1 September 2021".
    expect(text).toContain("date\nSeptember 2021");
    expect(text).not.toMatch(/\d+ September 2021/);
    expect(await details.getByRole("link", { name: "Deadline" }).getAttribute("href")).toBe(
      "https://deadline.com",
    );
    expect(idLikeStrings(text)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await saveScreenshot(page, "graph-view-evidence-cancellation");
  });

  it("a node: conflicting claims side by side, the preferred one first, the deprecated one with its reason", async () => {
    const { page } = browser;
    await showList(page);
    await afterAction(page, () =>
      page.getByRole("button", { name: "Hit & Run", exact: true }).first().click(),
    );
    const details = page.locator(".details");
    await details.locator(".evidence[data-loaded]").waitFor();
    const kind = details.locator(".claim-group", { hasText: "claims about kind" });
    expect(await kind.locator(".group-title").innerText()).toBe(
      "2 claims about kind: the sources disagree; the preferred first",
    );
    const cards = kind.locator(".side-by-side > .claim");
    expect(
      await cards.evaluateAll((elements) => elements.map((element) => element.getAttribute("data-rank"))),
    ).toEqual(["PREFERRED", "DEPRECATED"]);
    const [preferred, deprecated] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    // Side by side: the two cards share a row.
    expect(deprecated?.y).toBe(preferred?.y);
    expect(deprecated && preferred && deprecated.x > preferred.x).toBe(true);
    expect(await cards.nth(1).locator(".reason").innerText()).toContain("Hit & Run is a television series");
    expect(await cards.nth(0).locator("mark").allInnerTexts()).toEqual([
      "The series dominates the top 10 lists",
      "this hit Israeli-American series",
    ]);
    const text = await details.innerText();
    expect(idLikeStrings(text)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await saveScreenshot(page, "graph-view-evidence-node");
  });

  it("a path: the sources of every step, and citations in Markdown to copy", async () => {
    const { page } = browser;
    await page.getByRole("combobox", { name: "Entity" }).fill("Hit & Run");
    await page.getByRole("combobox", { name: "Path to" }).fill("Gal Toren");
    await afterAction(page, () => page.getByRole("button", { name: "Find paths" }).click());
    const evidence = page.locator(".details .path-evidence");
    const hops = evidence.locator(".path").first().locator(".hop");
    expect(await hops.locator(".hop-words").allInnerTexts()).toEqual([
      "Ron Harel character in Hit & Run",
      "Gal Toren plays Ron Harel",
    ]);
    for (const hop of await hops.all()) {
      expect(await hop.locator(".source-title").first().innerText()).toBe(SEED_TITLE);
    }
    const markdown = await evidence.locator("pre.citations").innerText();
    expect(markdown).toMatch(/^Sources: the paths from Hit & Run to Gal Toren\n\n- “When will Hit & Run/);
    expect(markdown).toContain("Gal Toren plays Ron Harel (“Gal Toren as Ron Harel”)");
    await evidence
      .getByRole("button", { name: "Copy as citations of the sources of these paths, in Markdown" })
      .click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);
    expect(idLikeStrings(await evidence.innerText())).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await saveScreenshot(page, "graph-view-path-citations");
  });

  it("copies an id with the Copy ID button, without showing it", async () => {
    const { page } = browser;
    await openGraphView(page, server.url, `?id=${encodeURIComponent(hitAndRun)}&depth=1`);
    await showList(page);
    await afterAction(page, () =>
      page.getByRole("button", { name: "Hit & Run", exact: true }).first().click(),
    );
    await page.locator(".details").getByRole("button", { name: "Copy ID of Hit & Run" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(hitAndRun);
    expect(browser.problems).toEqual([]);
  });
});
