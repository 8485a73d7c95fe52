import { Field, Int, ObjectType } from "type-graphql";

import { Node } from "../node/node.interface.js";
import { GraphRelationship } from "./graph-relationship.type.js";

@ObjectType({
  description:
    "A path between two nodes: nodes[i] and nodes[i + 1] are joined by relationships[i], whose fromId and toId give its stored direction.",
})
export class Path {
  @Field(() => Int, { description: "The number of relationships; 0 from a node to itself." })
  length!: number;

  @Field(() => [Node])
  nodes!: Node[];

  @Field(() => [GraphRelationship])
  relationships!: GraphRelationship[];
}
