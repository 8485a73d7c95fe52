import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";

export enum ConfidenceBasis {
  DIRECT = "DIRECT",
  REPORT_OF_A_REPORT = "REPORT_OF_A_REPORT",
  GENERAL_KNOWLEDGE = "GENERAL_KNOWLEDGE",
}

registerEnumType(ConfidenceBasis, {
  name: "ConfidenceBasis",
  valuesConfig: {
    DIRECT: { description: "At least one supporting article states it itself." },
    REPORT_OF_A_REPORT: {
      description: "Every supporting article only relays an earlier report (secondary reporting).",
    },
    GENERAL_KNOWLEDGE: { description: "No article supports it; it is general knowledge." },
  },
});

@ObjectType({ description: "How a claim's confidence was arrived at." })
export class ConfidenceDerivation {
  @Field(() => Float, { description: "The confidence, 0 to 1." })
  score!: number;

  @Field(() => ConfidenceBasis)
  basis!: ConfidenceBasis;

  @Field(() => Int, { description: "How many distinct articles support the claim." })
  supportingArticleCount!: number;

  @Field(() => Int, {
    description:
      "How many independent sources: supporting articles counted once per outlet, an article that relays an earlier report counted as that report.",
  })
  independentSourceCount!: number;

  @Field(() => String, { nullable: true, description: "Why the score is what it is, in words." })
  note!: string | null;
}
