import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { RequestContext } from "../server/request-context.js";
import { Show } from "../show/show.type.js";
import { showProductionFactorsList } from "./production-factor.list.js";
import { ProductionImpact } from "./production-impact.type.js";
import { loadList } from "../pagination/load-list.js";

@Resolver(() => Show)
export class ShowProductionFactorsResolver {
  @FieldResolver(() => [ProductionImpact], {
    description: "What affected its production and how (delays, costs, its cancellation).",
  })
  productionFactors(@Root() show: Show, @Ctx() context: RequestContext): Promise<ProductionImpact[]> {
    return loadList(context, showProductionFactorsList, show.key);
  }
}
