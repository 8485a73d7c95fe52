/**
 * How a relationship is matched to the claims that state it (docs/model.md, Provenance): the
 * claim's SUBJECT is the start node, its OBJECT the end node and its predicate the type; for the
 * types below, the claim's `value` is the relationship property that tells two relationships of
 * one type between the same nodes apart, and symmetric types may be claimed either way round.
 * The same table as the evidence loader's (src/evidence/fact-key.ts on the provenance branch):
 * when both are on main, one should import the other.
 */
export const RELATIONSHIP_CLAIM_KEYS = {
  distinguishing: { AFFECTED: "effect", WORKED_ON: "job", RELATED_TO: "reason" },
  symmetric: ["SPOUSE_OF", "EX_PARTNER_OF", "COLLEAGUE_OF", "RELATED_TO"],
} as const;
