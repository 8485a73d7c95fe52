import { Field, ObjectType } from "type-graphql";

import { Node } from "../node/node.interface.js";
import { NewsSourceKind } from "./news-source-kind.enum.js";

@ObjectType({
  implements: Node,
  description: "An outlet that publishes articles: Deadline, The Hollywood Reporter.",
})
export class NewsSource extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: "The outlet's home page." })
  url!: string | null;

  @Field(() => NewsSourceKind, { nullable: true })
  kind!: NewsSourceKind | null;
}
