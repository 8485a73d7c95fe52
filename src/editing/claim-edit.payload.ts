import { Field, ObjectType } from "type-graphql";

import { Claim } from "../claim/claim.type.js";
import { Edit } from "./edit.type.js";

@ObjectType({ description: "What an edit of a claim returns: the claim as it now is, and the edit record." })
export class ClaimEditPayload {
  @Field(() => Claim)
  claim!: Claim;

  @Field(() => Edit)
  edit!: Edit;

  @Field(() => Boolean, {
    description:
      "True when the idempotency key had been used: this is the first edit's result, and nothing changed now.",
  })
  replayed!: boolean;
}
