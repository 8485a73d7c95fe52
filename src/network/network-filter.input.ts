import { Field, InputType } from "type-graphql";

import { NameFilter } from "../listing/name-filter.input.js";
import { NetworkKind } from "./network-kind.enum.js";

@InputType({ description: "Conditions a network must meet; every condition given applies." })
export class NetworkFilter extends NameFilter {
  @Field(() => [NetworkKind], { nullable: true, description: "Any of these kinds." })
  kinds?: NetworkKind[] | null;
}
