import type { BatchDefinition } from "../batch/batch-definition.js";
import { claimOrder, claimProjection, claimVisible } from "../claim/claim-cypher.js";
import type { Claim } from "../claim/claim.type.js";
import { toClaim } from "../claim/to-claim.js";
import type { FactKey } from "./fact-key.js";

/** Every label a claim can be about (docs/model.md); labels reach Cypher only from this table. */
const CLAIM_SUBJECT_LABELS = new Set([
  "Show",
  "Season",
  "Person",
  "Character",
  "Network",
  "Location",
  "ProductionFactor",
  "NewsSource",
  "Article",
  "Quote",
]);

function checkedLabel(label: string): string {
  if (!CLAIM_SUBJECT_LABELS.has(label)) {
    throw new Error(`Claims are not about ${label} nodes (add the label to CLAIM_SUBJECT_LABELS)`);
  }
  return label;
}

/**
 * Finds each key's subject through its label's id index: one UNION branch per label present in
 * the batch, since a label cannot be a parameter.
 */
function subjectLookup(keys: readonly FactKey[]): string {
  const labels = [...new Set(keys.map((key) => checkedLabel(key.subject.label)))].sort();
  return labels
    .map(
      (label) =>
        `MATCH (subject:${label} {id: fact.subject.key}) WHERE fact.subject.label = '${label}' RETURN subject`,
    )
    .join(" UNION ");
}

/**
 * The claims behind facts, for all the facts a query level asks about, in one statement: the
 * generic evidence loader that every `evidence` field uses.
 */
export const evidenceBatch: BatchDefinition<FactKey, Claim[]> = {
  name: "evidence",
  statement: (keys) => `
UNWIND range(0, size($keys) - 1) AS index
WITH index, $keys[index] AS fact
CALL (fact) { ${subjectLookup(keys)} }
CALL (fact, subject) {
  MATCH (subject)<-[:SUBJECT]-(c:Claim)
  WHERE (fact.predicate IS NULL OR c.predicate = fact.predicate)
    AND (fact.value IS NULL OR c.value = fact.value)
    AND (fact.object IS NULL OR EXISTS {
      MATCH (c)-[:OBJECT]->(object) WHERE object.id = fact.object.key AND fact.object.label IN labels(object)
    })
    AND ${claimVisible("c")}
  WITH c ORDER BY ${claimOrder("c")}
  RETURN collect(${claimProjection("c")}) AS result
}
RETURN index, result`,
  toResult: (result) => ((result as Record<string, unknown>[] | undefined) ?? []).map(toClaim),
};
