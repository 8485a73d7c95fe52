import { Field, Float, ID, InputType } from "type-graphql";

import { withPassage } from "../passage.input.js";

@InputType({
  description:
    "A new claim and the passage of an article that supports it, checked as a facts file's claim is (docs/ingestion.md).",
})
export class AddClaimInput extends withPassage(class {}) {
  @Field(() => ID, { description: "What the claim is about: a Show, Person, Character... by global ID." })
  subject!: string;

  @Field(() => String, {
    description:
      "A relationship type (PLAYS, WORKED_ON, AIRED_ON, CANCELED...) or a property name (status, premiereDate...), as in facts files.",
  })
  predicate!: string;

  @Field(() => ID, { nullable: true, description: "For a relationship claim: the other end, by global ID." })
  object?: string | null;

  @Field(() => String, { nullable: true, description: "For a property claim: the value asserted." })
  value?: string | null;

  @Field(() => Float, { nullable: true, description: "0 to 1." })
  confidence?: number | null;

  @Field(() => String, { nullable: true, description: "Why the confidence is what it is." })
  confidenceNote?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Sent again, returns the first result and changes nothing.",
  })
  idempotencyKey?: string | null;
}
