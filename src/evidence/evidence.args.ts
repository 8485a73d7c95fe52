import { ArgsType, Field } from "type-graphql";

import { ClaimViewArgs } from "../claim/claim-view.js";

@ArgsType()
export class NodeEvidenceArgs extends ClaimViewArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Only claims with this predicate: a property ("kind", "status", "premiereDate") or a relationship type ("SET_IN"). Default: all.',
  })
  predicate?: string | null;
}
