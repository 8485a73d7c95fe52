import { h } from "../shared/dom.js";
import type { Claim } from "./claim-data.js";
import {
  claimInWords,
  confidenceInWords,
  knownTimeInWords,
  rankInWords,
  validTimeInWords,
} from "./claim-words.js";
import { copyButton } from "./copy-button.js";
import { byArticle, sourceCard } from "./source-card.js";

/**
 * One claim as a journalist reads it: what it says, its rank (and why when deprecated), its
 * confidence with the note that explains it, when it was known and when true, and a card per
 * source article. The claim's id is behind a "Copy ID" button, never shown.
 */
export function claimCard(claim: Claim, texts: ReadonlyMap<string, string>): HTMLElement {
  const groups = byArticle(claim.sources);
  return h(
    "article",
    { class: "claim", "data-rank": claim.rank },
    h("h4", {}, claimInWords(claim)),
    h("p", { class: "rank" }, rankInWords(claim.rank)),
    claim.deprecationReason ? h("p", { class: "reason" }, claim.deprecationReason) : null,
    h(
      "p",
      { class: "confidence" },
      confidenceInWords(claim.confidence),
      claim.confidenceDerivation.note
        ? h("span", { class: "note" }, ` · ${claim.confidenceDerivation.note}`)
        : "",
    ),
    h("p", { class: "known" }, knownTimeInWords(claim)),
    h("p", { class: "valid" }, validTimeInWords(claim)),
    groups.length === 0
      ? h("p", { class: "muted" }, "General knowledge: no article is cited for it.")
      : h(
          "ul",
          { class: "sources", "aria-label": `Sources of: ${claimInWords(claim)}` },
          ...groups.map((group) => sourceCard(group, texts)),
        ),
    h("div", { class: "actions" }, copyButton(claim.id, `the claim: ${claimInWords(claim)}`)),
  );
}
