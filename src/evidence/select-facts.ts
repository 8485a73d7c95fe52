import { ClaimRank } from "../claim/claim-rank.enum.js";
import type { Claim } from "../claim/claim.type.js";
import type { Fact } from "./fact.type.js";

/**
 * One fact per property predicate, from claims already in preference order (rank, then
 * confidence): the first claim that is not deprecated wins. A predicate whose claims are all
 * deprecated has no fact. Relationship claims are left out: they are facts of their own.
 */
export function selectFacts(claims: Claim[]): Fact[] {
  const byPredicate = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.details?.hasObject) {
      continue;
    }
    byPredicate.set(claim.predicate, [...(byPredicate.get(claim.predicate) ?? []), claim]);
  }
  const facts: Fact[] = [];
  for (const [predicate, candidates] of [...byPredicate].sort(([a], [b]) => a.localeCompare(b))) {
    const preferred = candidates.find((claim) => claim.rank !== ClaimRank.DEPRECATED);
    if (!preferred) {
      continue;
    }
    const liveValues = new Set(
      candidates.filter((claim) => claim.rank !== ClaimRank.DEPRECATED).map((claim) => claim.value),
    );
    facts.push({
      predicate,
      value: preferred.value,
      preferred,
      alternatives: candidates.filter((claim) => claim !== preferred),
      contested: liveValues.size > 1,
    });
  }
  return facts;
}
