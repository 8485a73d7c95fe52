import type { Claim, ClaimRank } from "./claim-data.js";
import { dateInWords, parsePartialDate } from "./partial-date.js";

/** "CHARACTER_IN" → "character in": a predicate as a phrase. */
export function predicateInWords(predicate: string): string {
  return predicate
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replaceAll("_", " ")
    .toLowerCase();
}

/** A claim's value for a reader: dates in words, enum words in lower case. */
export function valueInWords(value: string): string {
  const date = parsePartialDate(value);
  if (date) {
    return dateInWords(date);
  }
  return /^[A-Z0-9_]+$/.test(value) ? value.replaceAll("_", " ").toLowerCase() : value;
}

/** What the claim says, in one line: "Lior Raz plays Segev Azulai", "kind: series". */
export function claimInWords(claim: Claim): string {
  const predicate = predicateInWords(claim.predicate);
  const value = claim.value === null ? "" : valueInWords(claim.value);
  if (claim.object) {
    const subject = claim.subject?.displayName ?? "";
    const tail = value ? ` (${value})` : "";
    return `${subject} ${predicate} ${claim.object.displayName}${tail}`.trim();
  }
  return value ? `${predicate}: ${value}` : predicate;
}

const RANK_WORDS: Record<ClaimRank, string> = {
  PREFERRED: "Preferred: what the graph says",
  NORMAL: "Kept for the record, not chosen",
  DEPRECATED: "Deprecated: known to be wrong",
};

export function rankInWords(rank: ClaimRank): string {
  return RANK_WORDS[rank];
}

const RANK_ORDER: Record<ClaimRank, number> = { PREFERRED: 0, NORMAL: 1, DEPRECATED: 2 };

/** Preferred first, then normal, then deprecated; within a rank, the most confident first. */
export function byRank(a: Claim, b: Claim): number {
  return RANK_ORDER[a.rank] - RANK_ORDER[b.rank] || b.confidence - a.confidence;
}

/** The claim's valid time in words (when it was true in the world); see docs/provenance.md. */
export function validTimeInWords({ validFrom, validTo }: Pick<Claim, "validFrom" | "validTo">): string {
  if (validFrom && validTo) {
    return `True from ${dateInWords(validFrom)} until ${dateInWords(validTo)}`;
  }
  if (validFrom) {
    return `True from ${dateInWords(validFrom)} on`;
  }
  if (validTo) {
    return `True until ${dateInWords(validTo)}`;
  }
  return "True at all times, as far as the sources say";
}

const BASIS_WORDS = {
  SUPPORTING_ARTICLE: "the earliest article that states it",
  CITED_REPORT: "the earlier report an article relays",
  PUBLIC_EVENT: "a public event, known when it happened",
  GENERAL_KNOWLEDGE: "general knowledge",
  EDIT: "the day an editor added it",
} as const;

/** The claim's known time in words (when it became known), with where that date comes from. */
export function knownTimeInWords({
  knownFrom,
  knownFromBasis,
}: Pick<Claim, "knownFrom" | "knownFromBasis">): string {
  if (knownFromBasis === "GENERAL_KNOWLEDGE") {
    return "Known all along: general knowledge";
  }
  if (!knownFrom) {
    return "Known since: no source is dated, so the graph cannot say when it became known";
  }
  const basis = knownFromBasis ? ` (from ${BASIS_WORDS[knownFromBasis]})` : "";
  return `Known since ${dateInWords(knownFrom)}${basis}`;
}

/** "Confidence 0.6 of 1": a score for a reader, to two decimals at most. */
export function confidenceInWords(confidence: number): string {
  return `Confidence ${Math.round(confidence * 100) / 100} of 1`;
}
