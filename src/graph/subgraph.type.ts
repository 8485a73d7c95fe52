import { Field, ObjectType } from "type-graphql";

import { Node } from "../node/node.interface.js";
import { GraphRelationship } from "./graph-relationship.type.js";

@ObjectType({ description: "Some nodes and every relationship among them." })
export class Subgraph {
  @Field(() => [Node], { description: "Nearest first; the node asked about comes first." })
  nodes!: Node[];

  @Field(() => [GraphRelationship])
  relationships!: GraphRelationship[];

  @Field(() => Boolean, { description: "True when the limit left out some nodes within reach." })
  truncated!: boolean;
}
