import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";

import { Location } from "../location/location.type.js";
import { findNode } from "../node/find-node.js";
import { NameLookupArgs, toNameLookup } from "../node/lookup-args.js";
import { nodeTypes } from "../node/node-types.js";
import type { Connection } from "../pagination/connection.type.js";
import { ConnectionArgs, toPageRequest } from "../pagination/connection-args.js";
import type { RequestContext } from "../server/request-context.js";
import { factorAffectedShowsConnection, ProductionImpactConnection } from "./affected-shows.connection.js";
import type { EffectFilter } from "./effects.js";
import { FactorComparison } from "./factor-comparison.type.js";
import { FactorEffect } from "./factor-effect.enum.js";
import { factorComparisonsList, factorLocationsList } from "./production-factor.list.js";
import { ProductionFactor } from "./production-factor.type.js";
import type { ProductionImpact } from "./production-impact.type.js";
import { loadList } from "../pagination/load-list.js";

@Resolver(() => ProductionFactor)
export class ProductionFactorResolver {
  @Query(() => ProductionFactor, {
    nullable: true,
    description: "One production factor by global ID or name (any case).",
  })
  productionFactor(
    @Args() lookup: NameLookupArgs,
    @Ctx() context: RequestContext,
  ): Promise<ProductionFactor | null> {
    return findNode(context, nodeTypes.ProductionFactor, toNameLookup(lookup));
  }

  @FieldResolver(() => ProductionImpactConnection, {
    description: "The shows it affected and how, by title; `effect` keeps one kind of effect.",
  })
  affectedShows(
    @Root() factor: ProductionFactor,
    @Arg("effect", () => FactorEffect, { nullable: true }) effect: FactorEffect | null,
    @Args() page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() context: RequestContext,
  ): Promise<Connection<ProductionImpact>> {
    const filter: EffectFilter = { effect: effect ?? null };
    return context.connections.load(factorAffectedShowsConnection, factor.key, toPageRequest(page, info), {
      filter,
    });
  }

  @FieldResolver(() => [Location], { description: "The places it involves." })
  locations(@Root() factor: ProductionFactor, @Ctx() context: RequestContext): Promise<Location[]> {
    return loadList(context, factorLocationsList, factor.key);
  }

  @FieldResolver(() => [FactorComparison], { description: "Shows it is measured against." })
  comparedWith(
    @Root() factor: ProductionFactor,
    @Ctx() context: RequestContext,
  ): Promise<FactorComparison[]> {
    return loadList(context, factorComparisonsList, factor.key);
  }
}
