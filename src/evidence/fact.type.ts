import { Field, ObjectType } from "type-graphql";

import { Claim } from "../claim/claim.type.js";

@ObjectType({
  description:
    "The answer the graph gives for one property, chosen among the claims about it: the preferred claim wins, the others are kept as alternatives.",
})
export class Fact {
  @Field(() => String)
  predicate!: string;

  @Field(() => String, { nullable: true, description: "The winning claim's value." })
  value!: string | null;

  @Field(() => Claim, { description: "The claim that wins: best rank, then highest confidence." })
  preferred!: Claim;

  @Field(() => [Claim], { description: "The other claims about the same property, best first." })
  alternatives!: Claim[];

  @Field(() => Boolean, {
    description: "Whether sources disagree: more than one value among non-deprecated claims.",
  })
  contested!: boolean;
}
