import { h } from "../shared/dom.js";
import type { ArticleSummary, ClaimSource } from "./claim-data.js";
import { dateInWords } from "./partial-date.js";
import { quoteInContext } from "./quote-context.js";

/** The sources of one claim from one article: an article can support a claim with several quotes. */
export interface ArticleSources {
  article: ArticleSummary;
  role: ClaimSource["role"];
  sources: ClaimSource[];
}

/** Sources grouped by article and role, in the order the claim gives them. */
export function byArticle(sources: ClaimSource[]): ArticleSources[] {
  const groups = new Map<string, ArticleSources>();
  for (const source of sources) {
    const key = `${source.role} ${source.article.id}`;
    const group = groups.get(key) ?? { article: source.article, role: source.role, sources: [] };
    group.sources.push(source);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function link(text: string, url: string | null | undefined): Node {
  return url
    ? h("a", { href: url, target: "_blank", rel: "noreferrer noopener" }, text)
    : document.createTextNode(text);
}

function byline(article: ArticleSummary): HTMLElement {
  const date = article.publishedOn ? dateInWords(article.publishedOn) : "undated";
  return h(
    "p",
    { class: "byline" },
    article.publisher
      ? link(article.publisher.name, article.publisher.url)
      : h("span", { class: "muted" }, "Outlet not known"),
    article.author ? ` · by ${article.author}` : "",
    " · ",
    h("span", { class: "date" }, date),
  );
}

function quote(source: ClaimSource, text: string | undefined): HTMLElement | null {
  if (source.quote === null) {
    return null;
  }
  const { before, quote: words, after } = quoteInContext(source.quote, text, source.start, source.end);
  const speaker = source.quotedFrom?.saidBy
    ? h(
        "p",
        { class: "speaker" },
        `Words of ${source.quotedFrom.saidBy.name}${source.quotedFrom.givenTo ? `, to ${source.quotedFrom.givenTo.name}` : ""}`,
      )
    : null;
  return h("figure", { class: "quote" }, h("blockquote", {}, before, h("mark", {}, words), after), speaker);
}

function relayed(source: ClaimSource): HTMLElement | null {
  const report = source.relays;
  if (!report) {
    return null;
  }
  const outlet = report.publisher?.name ?? "an outlet not known";
  const date = report.publishedOn ? `, ${dateInWords(report.publishedOn)}` : "";
  return h("p", { class: "relays" }, `Relays ${outlet}'s report${date}.`);
}

/** One article behind a claim: outlet, linked title, author, date at its precision, the quotes. */
export function sourceCard(group: ArticleSources, texts: ReadonlyMap<string, string>): HTMLElement {
  const { article, role, sources } = group;
  const url = article.url ?? sources.find((source) => source.url)?.url ?? null;
  const title =
    article.title ??
    (role === "ORIGINAL_REPORT" ? "A report known only through its citation" : "Untitled article");
  const [first] = sources;
  return h(
    "li",
    { class: "source", "data-role": role },
    h("p", { class: "source-title" }, link(title, url)),
    byline(article),
    role === "ORIGINAL_REPORT"
      ? h("p", { class: "muted" }, "The original report, relayed by a supporting article.")
      : null,
    first ? relayed(first) : null,
    ...sources.map((source) => quote(source, texts.get(article.id))),
  );
}
