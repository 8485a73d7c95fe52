import { Field, ObjectType } from "type-graphql";

import { hydrate } from "../node/node.interface.js";
import { Show } from "../show/show.type.js";
import { FactorEffect } from "./factor-effect.enum.js";
import { ProductionFactor } from "./production-factor.type.js";

@ObjectType({ description: "One effect a production factor had on a show." })
export class ProductionImpact {
  @Field(() => ProductionFactor)
  factor!: ProductionFactor;

  @Field(() => Show)
  show!: Show;

  @Field(() => FactorEffect)
  effect!: FactorEffect;

  @Field(() => String, { nullable: true, description: "How, in a sentence." })
  description!: string | null;
}

export const PRODUCTION_IMPACT_PROJECTION =
  "{factor: factor {.*}, show: show {.*}, effect: affected.effect, description: affected.description}";

interface ProductionImpactRow {
  factor: Record<string, unknown>;
  show: Record<string, unknown>;
  effect: FactorEffect;
  description: string | null;
}

export function toProductionImpact(row: Record<string, unknown>): ProductionImpact {
  const { factor, show, effect, description } = row as unknown as ProductionImpactRow;
  return {
    factor: hydrate(ProductionFactor, factor),
    show: hydrate(Show, show),
    effect,
    description: description ?? null,
  };
}
