import { Field, ObjectType } from "type-graphql";

import { Node } from "../node/node.interface.js";
import { NetworkKind } from "./network-kind.enum.js";

@ObjectType({ implements: Node, description: "A broadcaster, cable channel or streaming service." })
export class Network extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => NetworkKind, { nullable: true })
  kind!: NetworkKind | null;
}
