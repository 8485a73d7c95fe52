import { hydrate } from "../node/node.interface.js";
import { Location } from "../location/location.type.js";
import type { ListDefinition } from "../pagination/list-definition.js";
import { EFFECT_RANK } from "./effects.js";
import type { FactorComparison } from "./factor-comparison.type.js";
import { toFactorComparison } from "./factor-comparison.type.js";
import type { ProductionImpact } from "./production-impact.type.js";
import { PRODUCTION_IMPACT_PROJECTION, toProductionImpact } from "./production-impact.type.js";

/** What affected a show's production, by factor, each factor's effects in FactorEffect's order. */
export const showProductionFactorsList: ListDefinition<ProductionImpact> = {
  name: "Show.productionFactors",
  match: "MATCH (factor:ProductionFactor)-[affected:AFFECTED]->(show:Show) WHERE show.id = parentKey",
  orderBy: ["factor.nameKey", "factor.id", EFFECT_RANK, "affected.effect"],
  returns: PRODUCTION_IMPACT_PROJECTION,
  toItem: toProductionImpact,
};

/** The places a factor involves (moving between New York and Israel), by name. */
export const factorLocationsList: ListDefinition<Location> = {
  name: "ProductionFactor.locations",
  match: "MATCH (factor:ProductionFactor)-[:INVOLVES]->(location:Location) WHERE factor.id = parentKey",
  orderBy: ["location.nameKey", "location.id"],
  returns: "location {.*}",
  toItem: (row) => hydrate(Location, row),
};

export const factorComparisonsList: ListDefinition<FactorComparison> = {
  name: "ProductionFactor.comparedWith",
  match: "MATCH (factor:ProductionFactor)-[compared:COMPARED_WITH]->(show:Show) WHERE factor.id = parentKey",
  orderBy: ["show.nameKey", "show.id"],
  returns: "{factor: factor {.*}, show: show {.*}, description: compared.description}",
  toItem: toFactorComparison,
};
