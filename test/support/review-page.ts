import { readFile } from "node:fs/promises";
import { join } from "node:path";

import type { Locator, Page } from "playwright-core";
import { parse } from "yaml";

import { projectRoot } from "../../src/common/project-root.js";

/** The seed article's text, as the repository has it (cypher/seed; /work/shared/seed has the same). */
export async function seedArticleText(): Promise<string> {
  const seed = parse(
    await readFile(join(projectRoot, "cypher", "seed", "0001-hit-and-run-season-2.facts.yaml"), "utf8"),
  ) as { article: { text: string } };
  return seed.article.text;
}

/** What web/review/review.ts exposes on window for tests. */
declare const window: { showgraphReview?: { finishedActions(): number } };

/** Opens /review and waits until its script has run. */
export async function openReviewPage(page: Page, serverUrl: string): Promise<void> {
  await page.goto(`${serverUrl}/review`);
  await page.waitForFunction(() => window.showgraphReview !== undefined);
}

/** Pastes the article's text, asks for a draft and waits for the answer. */
export async function proposeDraft(page: Page, text: string): Promise<void> {
  const before = await page.evaluate(() => window.showgraphReview?.finishedActions() ?? 0);
  await page.getByLabel("Paste the article's text (plain text or HTML)").fill(text);
  await page.getByRole("button", { name: "Propose a draft" }).click();
  await page.waitForFunction((count) => (window.showgraphReview?.finishedActions() ?? 0) > count, before);
}

/** The card of one proposal, by the start of what it says ("Lior Raz plays Segev Azulai"). */
export function reviewCard(page: Page, words: string): Locator {
  return page.locator("article.item").filter({
    has: page.locator("h3", { hasText: new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }),
  });
}

/** Opens a card's edit form, types each field (by its label), and saves: the item is accepted. */
export async function editItem(card: Locator, fields: Record<string, string>): Promise<void> {
  await card.getByRole("button", { name: "Edit" }).click();
  for (const [label, value] of Object.entries(fields)) {
    await card.getByLabel(label, { exact: true }).fill(value);
  }
  await card.getByRole("button", { name: "Save and accept" }).click();
}
