import { Field, ObjectType } from "type-graphql";

import { Node } from "../node/node.interface.js";
import { ProductionFactorKind } from "./production-factor-kind.enum.js";

@ObjectType({
  implements: Node,
  description: "A circumstance that affected productions: a pandemic, a budget, a change of location.",
})
export class ProductionFactor extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => ProductionFactorKind, { nullable: true })
  kind!: ProductionFactorKind | null;

  @Field(() => String, { nullable: true })
  description!: string | null;
}
