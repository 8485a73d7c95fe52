import { Field, ObjectType } from "type-graphql";

import { hydrate } from "../node/node.interface.js";
import { Show } from "../show/show.type.js";
import { ProductionFactor } from "./production-factor.type.js";

@ObjectType({
  description: "A show a production factor is measured against (a budget against another show's).",
})
export class FactorComparison {
  @Field(() => ProductionFactor)
  factor!: ProductionFactor;

  @Field(() => Show)
  show!: Show;

  @Field(() => String, { nullable: true, description: "The comparison, in a sentence." })
  description!: string | null;
}

interface FactorComparisonRow {
  factor: Record<string, unknown>;
  show: Record<string, unknown>;
  description: string | null;
}

export function toFactorComparison(row: Record<string, unknown>): FactorComparison {
  const { factor, show, description } = row as unknown as FactorComparisonRow;
  return {
    factor: hydrate(ProductionFactor, factor),
    show: hydrate(Show, show),
    description: description ?? null,
  };
}
