import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { TokenStore } from "../../src/auth/token-store.js";
import { Role } from "../../src/auth/role.js";
import { extractArticle } from "../../src/extract/extract-draft.js";
import { checkFactsFile } from "../../src/ingest/ingest-facts.js";
import type { BrowserSession } from "../support/browser.js";
import { openBrowser, requestsElsewhere, saveScreenshot } from "../support/browser.js";
import { ensureExplorerAssets } from "../support/explorer-assets.js";
import type { OwnService } from "../support/own-service.js";
import { startOwnService } from "../support/own-service.js";
import {
  editItem,
  openReviewPage,
  proposeDraft,
  reviewCard,
  seedArticleText,
} from "../support/review-page.js";

/** A dry run and a submission each ingest a whole article: minutes on a loaded machine. */
const TEST_TIMEOUT_MS = 300_000;

/** How long to wait for the service's answer to a dry run or a submission. */
const POLL = { timeout: 240_000, interval: 500 };

/** What a reviewer types as the title of the report the article relays (the draft has none). */
const REPORT_TITLE = "Netflix cancels Hit & Run after one season";
/** The claim the reviewer rejects: the report's date, which the seed graph does not have. */
const REJECTED = `${REPORT_TITLE} published date: September 2021`;

interface ArticleAnswer {
  article: {
    title: string;
    publisher: { name: string } | null;
    evidence: Array<{ predicate: string; value: string | null }>;
    citedBy: {
      nodes: Array<{
        claims: {
          totalCount: number;
          nodes: Array<{ predicate: string; value: string | null; subject: { displayName: string } | null }>;
        };
      }>;
    };
  } | null;
}

const ARTICLE = `query ($title: String!) {
  article(name: $title) {
    title
    publisher { name }
    evidence(includeDeprecated: true) { predicate value }
    citedBy(first: 5) {
      nodes { claims(first: 100) { totalCount nodes { predicate value subject { displayName } } } }
    }
  }
}`;

describe("the review page: an extracted draft reviewed in the browser and written through the API", () => {
  let service: OwnService;
  let browser: BrowserSession;
  let page: Page;
  let token: string;
  let text: string;
  const folder = mkdtempSync(join(tmpdir(), "showgraph-review-"));
  beforeAll(async () => {
    await ensureExplorerAssets();
    service = await startOwnService("review");
    token = (await new TokenStore(service.executor).create({ name: "reviewer", role: Role.EDITOR })).token;
    browser = await openBrowser({ width: 1400, height: 850 });
    page = browser.page;
    // Ingesting a whole article on a loaded machine takes a while.
    page.setDefaultTimeout(120_000);
    text = await seedArticleText();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await service?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const finishStatus = () => page.locator(".finish .status").innerText();

  it("refuses an uploaded binary file with the command line's message, as a person reads it", async () => {
    await openReviewPage(page, service.url);
    const bytes = Buffer.from(Array.from({ length: 4000 }, (_, index) => (index * 37) % 256));
    await page
      .getByLabel("or upload a file")
      .setInputFiles({ name: "photo.txt", mimeType: "text/plain", buffer: bytes });
    await page.getByRole("button", { name: "Propose a draft" }).click();
    await expect
      .poll(() => page.locator(".review > .status").innerText())
      .toBe(
        "The article was refused: the file looks binary, not text: give the article as plain text (UTF-8) or HTML.",
      );
    expect(await page.locator("article.item").count()).toBe(0);
    await page.getByLabel("or upload a file").setInputFiles([]);
  });

  it(
    "shows each proposal of `showgraph extract` beside the words of the article it came from",
    async () => {
      await proposeDraft(page, text);
      const { draft } = extractArticle(text);
      expect(await page.locator("article.item").count()).toBe(
        draft.entities.length + draft.quotes.length + draft.claims.length,
      );
      const plays = reviewCard(page, "Lior Raz plays Segev Azulai");
      expect(await plays.locator("mark").allInnerTexts()).toEqual(["Lior Raz as Segev Azulai"]);
      await plays.getByRole("button", { name: "Accept" }).focus();
      expect(await page.locator(".article-text mark").allInnerTexts()).toEqual(["Lior Raz as Segev Azulai"]);
      expect(await reviewCard(page, "Person: Nicole Yorkin").locator("mark").first().innerText()).toBe(
        "Nicole Yorkin",
      );
      await saveScreenshot(page, "review-page-draft");
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "rejects one, edits one, accepts the rest; a dry run places the service's problems on the cards",
    async () => {
      await editItem(reviewCard(page, "Article: deadline-hit-and-run-report"), {
        "Add a field: its name": "title",
        "and its value": REPORT_TITLE,
      });
      await reviewCard(page, REJECTED).getByRole("button", { name: "Reject" }).click();
      // A date a person might type: the service's checks, not the page, say what is wrong with it.
      await editItem(reviewCard(page, "Hit & Run status: canceled (from September 2021)"), {
        validFrom: "Sept 2021",
      });
      await page.getByRole("button", { name: "Accept all undecided" }).click();
      const total = await page.locator("article.item").count();
      expect(await page.locator(".counts").innerText()).toBe(
        `${total - 1} accepted, 1 rejected, 0 undecided of ${total}.`,
      );

      await page.getByRole("button", { name: "Dry run" }).click();
      await expect.poll(finishStatus, POLL).toMatch(/bearer token/);
      await page.getByLabel("Editor token").fill(token);
      await page.getByRole("button", { name: "Dry run" }).click();
      await expect.poll(finishStatus, POLL).toMatch(/^2 problems: /);
      expect(
        await reviewCard(page, "Hit & Run status: canceled").locator(".problems li").allInnerTexts(),
      ).toEqual([
        "validFrom: must be YYYY, YYYY-MM or YYYY-MM-DD",
        "validFrom: is not a date of the calendar with a year from 1 to 9999",
      ]);
      expect(await page.getByRole("button", { name: "Submit" }).isDisabled()).toBe(true);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "submits after a passing dry run: the accepted facts are in the graph, the rejected one is not",
    async () => {
      await editItem(reviewCard(page, "Hit & Run status: canceled"), { validFrom: "2021-09" });
      await page.getByRole("button", { name: "Dry run" }).click();
      await expect.poll(finishStatus, POLL).toMatch(/^Dry run passed: \d+ records, nothing written yet/);
      expect(await page.locator(".item .problems:visible").count()).toBe(0);
      expect(await page.locator("table.report caption").innerText()).toMatch(/dry run: nothing written/);
      expect((await service.graphql(ARTICLE, { title: REPORT_TITLE })).body.data).toEqual({ article: null });
      await saveScreenshot(page, "review-page-dry-run");

      await page.getByRole("button", { name: "Submit" }).click();
      await expect.poll(finishStatus, POLL).toMatch(/^Submitted: \d+ records ingested\.$/);
      const { body } = await service.graphql(ARTICLE, { title: REPORT_TITLE });
      const { article } = body.data as unknown as ArticleAnswer;
      expect(article?.title).toBe(REPORT_TITLE);
      expect(article?.publisher).toEqual({ name: "Deadline" });
      expect(article?.evidence.map((claim) => claim.predicate)).not.toContain("publishedDate");
      const [reviewed] = article?.citedBy.nodes ?? [];
      const { draft } = extractArticle(text);
      // Every drafted claim but the rejected one, as the article's claims.
      expect(reviewed?.claims.totalCount).toBe(draft.claims.length - 1);
      const said = reviewed?.claims.nodes.map((claim) => `${claim.subject?.displayName} ${claim.predicate}`);
      expect(said).toContain("Lior Raz PLAYS");
      expect(said).toContain(`${REPORT_TITLE} PUBLISHED_BY`);
      expect(said).not.toContain(`${REPORT_TITLE} publishedDate`);
      expect(requestsElsewhere(browser.requests, service.url)).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "downloads the reviewed facts file, which `showgraph ingest --check` accepts, as YAML and as JSON",
    async () => {
      for (const format of ["YAML", "JSON"]) {
        await page.getByLabel("File format").selectOption(format);
        const [download] = await Promise.all([
          page.waitForEvent("download"),
          page.getByRole("button", { name: "Check and download" }).click(),
        ]);
        const file = join(folder, download.suggestedFilename());
        await download.saveAs(file);
        expect(file).toMatch(format === "YAML" ? /\.facts\.yaml$/ : /\.facts\.json$/);
        const { problems, records } = await checkFactsFile(file);
        expect({ format, problems }).toEqual({ format, problems: [] });
        expect(records).toBeGreaterThan(40);
        await expect.poll(finishStatus, POLL).toMatch(/^Downloaded .*: no problems/);
      }
      // The refusals asked for, which Chromium also logs: the binary file, the dry run without a token.
      expect(browser.problems).toEqual([
        `HTTP 400: ${service.url}/extract`,
        "console error: Failed to load resource: the server responded with a status of 400 (Bad Request)",
        `HTTP 401: ${service.url}/graphql`,
        "console error: Failed to load resource: the server responded with a status of 401 (Unauthorized)",
      ]);
    },
    TEST_TIMEOUT_MS,
  );
});
