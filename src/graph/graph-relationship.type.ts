import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";

import { Node } from "../node/node.interface.js";

@ObjectType({ description: "A relationship between two nodes, in the direction it is stored." })
export class GraphRelationship {
  @Field(() => ID, {
    description: "Opaque; derived from the database's element id, so stable while the relationship exists.",
  })
  id!: string;

  @Field(() => String, { description: "The relationship type, e.g. PLAYS or CHARACTER_IN." })
  type!: string;

  @Field(() => ID, { description: "The global ID of the node it starts from." })
  fromId!: string;

  @Field(() => ID, { description: "The global ID of the node it points to." })
  toId!: string;

  @Field(() => Node)
  from!: Node;

  @Field(() => Node)
  to!: Node;

  @Field(() => GraphQLJSONObject, {
    description:
      'Its stored properties; a date known to a month or a year is as much of it as is known ("2021-09"), its precision beside it.',
  })
  properties!: Record<string, unknown>;
}
