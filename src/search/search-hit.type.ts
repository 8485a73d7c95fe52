import { Field, Float, ObjectType } from "type-graphql";

import { Node } from "../node/node.interface.js";
import { ConnectionType } from "../pagination/connection.type.js";

@ObjectType({ description: "An entity that matches a search." })
export class SearchHit {
  @Field(() => Float, {
    description: "Relevance: higher is better. Comparable only between hits of the same search.",
  })
  score!: number;

  @Field(() => Node)
  node!: Node;
}

export const SearchHitConnection = ConnectionType("SearchHit", SearchHit);
