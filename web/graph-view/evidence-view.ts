import { h } from "../shared/dom.js";
import { claimCard } from "./claim-card.js";
import type { Claim } from "./claim-data.js";
import { byRank, predicateInWords } from "./claim-words.js";

/** Claims about the same thing: the same predicate, and for a relationship the same other end. */
function groupClaims(claims: Claim[]): Claim[][] {
  const groups = new Map<string, Claim[]>();
  for (const claim of [...claims].sort(byRank)) {
    const key = `${claim.predicate} ${claim.object?.id ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  return [...groups.values()];
}

/**
 * The evidence for a node or a relationship: one card per claim; claims about the same thing side
 * by side, the preferred one first, so a conflict is seen at a glance.
 */
export function evidenceView(claims: Claim[], texts: ReadonlyMap<string, string>): HTMLElement {
  return h(
    "div",
    { class: "evidence-claims" },
    ...groupClaims(claims).map((group) => {
      const [first] = group;
      if (group.length === 1 || !first) {
        return claimCard(first as Claim, texts);
      }
      const values = new Set(group.map((claim) => claim.value ?? ""));
      return h(
        "section",
        { class: "claim-group" },
        h(
          "p",
          { class: "group-title" },
          `${group.length} claims about ${predicateInWords(first.predicate)}${values.size > 1 ? ": the sources disagree" : ""}; the preferred first`,
        ),
        h("div", { class: "side-by-side" }, ...group.map((claim) => claimCard(claim, texts))),
      );
    }),
  );
}
