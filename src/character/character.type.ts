import { Field, ObjectType } from "type-graphql";

import { Node } from "../node/node.interface.js";

@ObjectType({ implements: Node, description: "A character of one show, played by one or more people." })
export class Character extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}
