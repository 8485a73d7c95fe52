import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { EFFECT_FILTER, EFFECT_RANK } from "./effects.js";
import {
  PRODUCTION_IMPACT_PROJECTION,
  ProductionImpact,
  toProductionImpact,
} from "./production-impact.type.js";

export const ProductionImpactConnection = ConnectionType("ProductionImpact", ProductionImpact);

/** The shows a factor affected (COVID-19: many), by title, each show's effects in order. */
export const factorAffectedShowsConnection: ConnectionDefinition<ProductionImpact> = {
  name: "ProductionFactor.affectedShows",
  match: `MATCH (factor:ProductionFactor)-[affected:AFFECTED]->(show:Show)
WHERE factor.id = parentKey AND ${EFFECT_FILTER}`,
  binds: ["factor", "affected", "show"],
  sortKeys: [
    { expression: "show.nameKey" },
    { expression: "show.id" },
    { expression: EFFECT_RANK },
    { expression: "affected.effect" },
  ],
  returns: PRODUCTION_IMPACT_PROJECTION,
  toNode: toProductionImpact,
};
