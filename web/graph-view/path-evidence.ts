import { h } from "../shared/dom.js";
import type { CitedHop } from "./citations.js";
import { citationsMarkdown } from "./citations.js";
import { predicateInWords } from "./claim-words.js";
import { copyButton } from "./copy-button.js";
import type { EvidencedPath } from "./graph-queries.js";
import { byArticle, sourceCard } from "./source-card.js";

/** Each step of a path in words, reading the stored direction of its relationship. */
function hopsOf(path: EvidencedPath): CitedHop[] {
  const names = new Map(path.nodes.map((node) => [node.id, node.displayName]));
  return path.relationships.map((relationship) => ({
    words: `${names.get(relationship.fromId) ?? "?"} ${predicateInWords(relationship.type)} ${names.get(relationship.toId) ?? "?"}`,
    claims: relationship.evidence,
  }));
}

const NO_TEXTS = new Map<string, string>();

function hopView(hop: CitedHop): HTMLElement {
  const sources = hop.claims.flatMap((claim) => byArticle(claim.sources));
  return h(
    "li",
    { class: "hop" },
    h("p", { class: "hop-words" }, hop.words),
    sources.length === 0
      ? h("p", { class: "muted" }, "General knowledge: no article is cited for it.")
      : h("ul", { class: "sources" }, ...sources.map((group) => sourceCard(group, NO_TEXTS))),
  );
}

/**
 * The paths from one entity to another with the sources of every step, and the whole as Markdown
 * citations (shown, and copied by a button) to paste into an article's notes.
 */
export function pathEvidenceView(title: string, paths: EvidencedPath[]): HTMLElement {
  const hops = paths.flatMap(hopsOf);
  const markdown = citationsMarkdown(title, hops);
  return h(
    "section",
    { class: "path-evidence", "aria-label": "The paths and their sources" },
    ...paths.map((path, index) =>
      h(
        "section",
        { class: "path" },
        h("h3", {}, `Path ${index + 1}: ${path.length} step${path.length === 1 ? "" : "s"}`),
        h("ol", { class: "hops" }, ...hopsOf(path).map(hopView)),
      ),
    ),
    h("h3", {}, "Citations"),
    h(
      "div",
      { class: "actions" },
      copyButton(markdown, "the sources of these paths, in Markdown", "Copy as citations"),
    ),
    h("pre", { class: "citations", "aria-label": "The citations, in Markdown" }, markdown),
  );
}
