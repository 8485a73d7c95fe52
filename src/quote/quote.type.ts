import { Field, ObjectType } from "type-graphql";

import { Node } from "../node/node.interface.js";

@ObjectType({
  implements: Node,
  description: "A person's words as an article reports them, e.g. Nicole Yorkin to The Hollywood Reporter.",
})
export class Quote extends Node {
  @Field(() => String, { description: "The words, exactly as the article has them." })
  text!: string;
}
