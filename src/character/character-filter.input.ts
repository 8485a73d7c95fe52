import { Field, ID, InputType } from "type-graphql";

import { NameFilter } from "../listing/name-filter.input.js";

@InputType({ description: "Conditions a character must meet; every condition given applies." })
export class CharacterFilter extends NameFilter {
  @Field(() => ID, { nullable: true, description: "A character of this show (its global ID)." })
  show?: string | null;
}
