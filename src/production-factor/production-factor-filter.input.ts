import { Field, InputType } from "type-graphql";

import { NameFilter } from "../listing/name-filter.input.js";
import { ProductionFactorKind } from "./production-factor-kind.enum.js";

@InputType({ description: "Conditions a production factor must meet; every condition given applies." })
export class ProductionFactorFilter extends NameFilter {
  @Field(() => [ProductionFactorKind], { nullable: true, description: "Any of these kinds." })
  kinds?: ProductionFactorKind[] | null;
}
