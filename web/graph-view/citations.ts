import type { ArticleSummary, Claim } from "./claim-data.js";
import { claimInWords } from "./claim-words.js";
import { dateInWords } from "./partial-date.js";

/** One step of a path in words ("Gal Toren plays Ron Harel") with the claims behind it. */
export interface CitedHop {
  words: string;
  claims: Claim[];
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]*_`<>])/g, "\\$1");
}

function sourceInWords(article: ArticleSummary, original: boolean): string {
  const title = article.title
    ? article.url
      ? `[${escapeMarkdown(article.title)}](${article.url})`
      : `“${escapeMarkdown(article.title)}”`
    : original
      ? "A report known only through its citation"
      : "An untitled article";
  const parts = [
    title,
    article.publisher ? escapeMarkdown(article.publisher.name) : "outlet not known",
    article.author ? `by ${escapeMarkdown(article.author)}` : null,
    article.publishedOn ? dateInWords(article.publishedOn) : "undated",
  ];
  return parts.filter((part) => part !== null).join(", ");
}

/**
 * The sources behind a path as a Markdown list, ready to paste into an article's notes: one item
 * per source article (title linked when it has a URL, outlet, author, date at its precision),
 * saying which steps it supports and with which words; steps resting on no article last.
 */
export function citationsMarkdown(title: string, hops: CitedHop[]): string {
  const bySource = new Map<string, { line: string; supports: string[] }>();
  const unsourced: string[] = [];
  for (const hop of hops) {
    const claims = hop.claims.filter((claim) => claim.rank !== "DEPRECATED");
    if (claims.every((claim) => claim.sources.length === 0)) {
      unsourced.push(escapeMarkdown(hop.words));
    }
    for (const claim of claims) {
      for (const source of claim.sources) {
        const entry = bySource.get(source.article.id) ?? {
          line: sourceInWords(source.article, source.role === "ORIGINAL_REPORT"),
          supports: [],
        };
        const words = escapeMarkdown(claimInWords(claim));
        const support = source.quote ? `${words} (“${escapeMarkdown(source.quote)}”)` : words;
        if (!entry.supports.includes(support)) {
          entry.supports.push(support);
        }
        bySource.set(source.article.id, entry);
      }
    }
  }
  const items = [...bySource.values()].map(
    ({ line, supports }) => `- ${line}. Supports: ${supports.join("; ")}.`,
  );
  if (unsourced.length > 0) {
    items.push(`- General knowledge, no article: ${unsourced.join("; ")}.`);
  }
  return [`Sources: ${escapeMarkdown(title)}`, "", ...items].join("\n");
}
