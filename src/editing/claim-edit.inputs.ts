import { Field, Float, ID, InputType, Int } from "type-graphql";

import { ClaimRank } from "../claim/claim-rank.enum.js";
import { withPassage } from "./passage.input.js";

/**
 * What every edit of a claim takes: which claim, the version it was read at, an idempotency key.
 * A base of the inputs below; no field takes it, so the schema does not list it.
 */
@InputType()
export abstract class ClaimEditInput {
  @Field(() => ID, { description: "The claim's global ID." })
  claim!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The claim's `version` as you read it. If it has changed since, the edit is refused with CONFLICT and nothing changes (optimistic concurrency).",
  })
  expectedVersion?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Any string you choose, unique per change. Sent again (a retry after a timeout), it returns the first result and changes nothing.",
  })
  idempotencyKey?: string | null;
}

@InputType({ description: "A passage of an article that supports a claim." })
export class AddClaimSourceInput extends withPassage(ClaimEditInput) {}

@InputType({ description: "A new rank for a claim; DEPRECATED has its own mutation, which needs a reason." })
export class SetClaimRankInput extends ClaimEditInput {
  @Field(() => ClaimRank)
  rank!: ClaimRank;

  @Field(() => String, { description: "Why, for the record (required)." })
  reason!: string;
}

@InputType({ description: "Marks a claim as wrong, keeping it with the reason." })
export class DeprecateClaimInput extends ClaimEditInput {
  @Field(() => String, { description: "Why the claim is wrong: shown as its deprecationReason (required)." })
  reason!: string;
}

@InputType({ description: "A new confidence for a claim, with the note that explains it." })
export class SetClaimConfidenceInput extends ClaimEditInput {
  @Field(() => Float, { description: "0 to 1." })
  confidence!: number;

  @Field(() => String, { description: "Why this score: shown as the claim's confidence note (required)." })
  note!: string;
}
