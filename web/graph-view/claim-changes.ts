import type { PartialDate } from "./claim-data.js";
import { dateInWords } from "./partial-date.js";

/** A claim of a relationship as the replay compares it: on the chosen day, and now. */
export interface ComparedClaim {
  id: string;
  validTo: PartialDate | null;
  /** Now only: each source's publication date, when known. */
  sources?: Array<{
    publishedOn: (PartialDate & { earliest: string }) | null;
    outlet: { name: string } | null;
  }>;
}

/**
 * What the graph learnt about a relationship after `day` (YYYY-MM-DD), in words, from its claims
 * as known on that day (`then`) and as known now (`now`): claims that became known later, ends
 * of validity learnt later (the as-known view hides them: docs/provenance.md, "Two timelines"),
 * and sources published after the day. Empty when nothing changed, or when the relationship was
 * not known on the day (then it appears, it does not change).
 */
export function changesSince(day: string, then: ComparedClaim[], now: ComparedClaim[]): string[] {
  if (then.length === 0) {
    return [];
  }
  const known = new Map(then.map((claim) => [claim.id, claim]));
  const changes: string[] = [];
  const added = now.filter((claim) => !known.has(claim.id)).length;
  if (added > 0) {
    changes.push(added === 1 ? "a claim became known later" : `${added} claims became known later`);
  }
  for (const claim of now) {
    const before = known.get(claim.id);
    if (before && claim.validTo && !before.validTo) {
      changes.push(`its end (${dateInWords(claim.validTo)}) was learnt later`);
    }
    for (const source of claim.sources ?? []) {
      if (before && source.publishedOn && source.publishedOn.earliest > day) {
        changes.push(
          `a later source: ${source.outlet?.name ?? "an article"}, ${dateInWords(source.publishedOn)}`,
        );
      }
    }
  }
  return [...new Set(changes)];
}
