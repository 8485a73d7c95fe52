import { registeredLabels } from "../graph/registered-labels.js";
import type { ExportFilter } from "./export-request.js";
import { RELATIONSHIP_CLAIM_KEYS } from "./relationship-claim-keys.js";

/** The parameters every export statement reads (export-statements.ts). */
export function exportParameters({ labels, relationshipTypes, view }: ExportFilter): Record<string, unknown> {
  return {
    labels,
    relationshipTypes,
    view,
    claimKeys: RELATIONSHIP_CLAIM_KEYS,
    typeLabels: registeredLabels(),
  };
}
