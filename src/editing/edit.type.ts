import { Field, ID, ObjectType } from "type-graphql";

import { toGlobalId } from "../common/global-id.js";
import { Node } from "../node/node.interface.js";
import { EditKind } from "./edit-kind.enum.js";

@ObjectType({
  implements: Node,
  description:
    "One change made through the API, on the record: who (the token's name), when, why, and what it touched. Edits are never changed or removed.",
})
export class Edit extends Node {
  @Field(() => EditKind)
  kind!: EditKind;

  @Field(() => String, { description: "When it was committed: an ISO 8601 date-time in UTC." })
  at!: string;

  @Field(() => String, { description: "Who made it: the name of the API token (or the JWT subject)." })
  by!: string;

  @Field(() => String, { nullable: true, description: "Why, in the editor's words." })
  reason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What changed, in a line: "rank NORMAL -> PREFERRED", "confidence 0.6 -> 0.8".',
  })
  summary!: string | null;

  @Field(() => ID, {
    name: "undoneBy",
    nullable: true,
    description: "For a merge that was undone: the ID of the edit that undid it.",
  })
  get undoneByEdit(): string | null {
    return this.undoneBy ? toGlobalId("Edit", this.undoneBy) : null;
  }

  undoneBy?: string | null;

  override get displayName(): string {
    return `${this.kind} by ${this.by} at ${this.at}`;
  }
}
