import { ArgsType, Field } from "type-graphql";

import { ClaimViewArgs } from "../claim/claim-view.js";

@ArgsType()
export class FactsArgs extends ClaimViewArgs {
  @Field(() => [String], {
    nullable: true,
    description: 'Only these properties ("status", "kind"). Default: every property with a claim.',
  })
  predicates?: string[] | null;
}
