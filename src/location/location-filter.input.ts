import { Field, ID, InputType } from "type-graphql";

import { NameFilter } from "../listing/name-filter.input.js";
import { LocationKind } from "./location-kind.enum.js";

@InputType({ description: "Conditions a place must meet; every condition given applies." })
export class LocationFilter extends NameFilter {
  @Field(() => [LocationKind], { nullable: true, description: "Any of these kinds." })
  kinds?: LocationKind[] | null;

  @Field(() => ID, {
    nullable: true,
    description: "Within this place (its global ID), however deep: cities of a country's regions too.",
  })
  within?: string | null;
}
