import type { Claim } from "../claim/claim.type.js";
import type { ClaimView } from "../claim/claim-view.js";
import type { RequestContext } from "../server/request-context.js";
import { evidenceBatch } from "./evidence.batch.js";
import type { FactKey } from "./fact-key.js";

/** The claims behind one or more facts (a cast credit is two), batched with the rest of the level. */
export async function loadEvidence(
  context: RequestContext,
  view: ClaimView,
  facts: FactKey[],
): Promise<Claim[]> {
  const claims = await Promise.all(facts.map((fact) => context.batches.load(evidenceBatch, fact, { view })));
  return claims.flat();
}
