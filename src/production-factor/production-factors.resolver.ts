import { NameOrderInput } from "../listing/name-order.js";
import { RootListResolver } from "../listing/root-list-resolver.js";
import { ProductionFactorFilter } from "./production-factor-filter.input.js";
import { productionFactorsRootList } from "./production-factors.root-list.js";

export const ProductionFactorsResolver = RootListResolver({
  list: productionFactorsRootList,
  Filter: ProductionFactorFilter,
  Order: NameOrderInput("ProductionFactor"),
  description: "Production factors (pandemics, budgets, ...), by name.",
});
