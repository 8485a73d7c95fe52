import { Field, ID, InputType, Int } from "type-graphql";

// TypeScript's rule for mixins: the base's constructor takes `...args: any[]`.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type InputClass = abstract new (...args: any[]) => object;

/**
 * Adds to an input the fields that name a passage of a stored article (article, quote, start) and
 * the edit's optional reason: addClaimSource and addClaim take the same (TypeGraphQL's mixin
 * pattern, as its `examples/mixin-classes`). Registered, but no field takes it: not in the schema.
 */
export function withPassage<TBase extends InputClass>(Base: TBase) {
  @InputType()
  abstract class PassageInput extends Base {
    @Field(() => ID, { description: "The article's global ID; its stored text must contain the quote." })
    article!: string;

    @Field(() => String, { description: "The article's exact words that support the claim." })
    quote!: string;

    @Field(() => Int, {
      nullable: true,
      description:
        "Where the quote starts in Article.text (UTF-16 code units); needed when it occurs more than once.",
    })
    start?: number | null;

    @Field(() => String, { nullable: true, description: "Why, for the record." })
    reason?: string | null;
  }
  return PassageInput;
}
