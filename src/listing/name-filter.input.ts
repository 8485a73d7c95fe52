import { Field, InputType } from "type-graphql";

/** The condition every list of named things offers; each type's filter input extends it. */
@InputType()
export abstract class NameFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name, in any case and with or without accents: "sanaa" finds "Sanáa".',
  })
  nameContains?: string | null;
}
