import { Field, ID, InputType, ObjectType } from "type-graphql";

import { Node } from "../../node/node.interface.js";
import { Edit } from "../edit.type.js";

@InputType({
  description:
    "Records of one entity to fold into one: credits, claims, external IDs and names move to `keep`.",
})
export class MergeEntitiesInput {
  @Field(() => ID, { description: "The record that stays (its ID is kept)." })
  keep!: string;

  @Field(() => [ID], {
    description: "Records of the same thing, of the same type, folded into `keep` and removed.",
  })
  merge!: string[];

  @Field(() => String, { description: "Why these are the same (required): the judgement, for the record." })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: "Sent again, returns the first result and changes nothing.",
  })
  idempotencyKey?: string | null;
}

@InputType({ description: "Takes a merge back." })
export class UndoMergeInput {
  @Field(() => ID, { description: "The merge's edit ID (MergeEntitiesPayload.edit.id)." })
  edit!: string;

  @Field(() => String, { description: "Why the merge was wrong (required)." })
  reason!: string;
}

@ObjectType({ description: "What a merge or its undo returns." })
export class MergeEntitiesPayload {
  @Field(() => Node, { nullable: true, description: "The kept record as it now is." })
  kept!: Node | null;

  @Field(() => Edit)
  edit!: Edit;

  @Field(() => Boolean)
  replayed!: boolean;
}
