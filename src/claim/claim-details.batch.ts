import type { BatchDefinition } from "../batch/batch-definition.js";
import type { RequestContext } from "../server/request-context.js";
import { claimProjection } from "./claim-cypher.js";
import type { Claim, ClaimDetails } from "./claim.type.js";
import type { ClaimView } from "./claim-view.js";
import { toClaim } from "./to-claim.js";

/** Claims by id, with their details: for claim(id), and for claims that node(id) loaded bare. */
export const claimsByIdBatch: BatchDefinition<string, Claim | null> = {
  name: "claims by id",
  statement: () => `
UNWIND range(0, size($keys) - 1) AS index
MATCH (c:Claim {id: $keys[index]})
RETURN index, ${claimProjection("c")} AS result`,
  toResult: (result) => (result ? toClaim(result as Record<string, unknown>) : null),
};

export function loadClaim(context: RequestContext, key: string, view: ClaimView): Promise<Claim | null> {
  return context.batches.load(claimsByIdBatch, key, { view });
}

/** A claim's subject, object, sources and derivation, loading them if the claim came bare. */
export async function claimDetails(
  context: RequestContext,
  claim: Claim,
  view: ClaimView,
): Promise<ClaimDetails> {
  if (claim.details) {
    return claim.details;
  }
  const loaded = await loadClaim(context, claim.key, view);
  if (!loaded?.details) {
    throw new Error(`Claim ${claim.key} disappeared while the request was answered`);
  }
  return loaded.details;
}
