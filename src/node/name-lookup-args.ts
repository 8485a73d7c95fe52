import { ArgsType, Field, ID } from "type-graphql";

/** LookupArgs for types that no external catalogue identifies (articles, outlets). */
@ArgsType()
export class NameLookupArgs {
  @Field(() => ID, { nullable: true, description: "The global ID." })
  id?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The exact name or title, in any case and with or without accents.",
  })
  name?: string | null;
}
