import { nameKeyContains } from "../listing/filter-values.js";
import type { NameOrderField } from "../listing/name-order.js";
import { BY_NAME } from "../listing/name-order.js";
import type { RootListDefinition } from "../listing/root-list-definition.js";
import { nodeTypes } from "../node/node-types.js";
import type { ProductionFactorFilter } from "./production-factor-filter.input.js";
import type { ProductionFactor } from "./production-factor.type.js";

export const productionFactorsRootList: RootListDefinition<
  ProductionFactor,
  ProductionFactorFilter,
  NameOrderField
> = {
  name: "productionFactors",
  type: nodeTypes.ProductionFactor,
  filters: {
    nameContains: nameKeyContains,
    kinds: { predicate: (kinds) => `n.kind IN ${kinds}` },
  },
  orders: BY_NAME,
  defaultOrder: "NAME",
};
