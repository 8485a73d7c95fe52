import { Field, ObjectType } from "type-graphql";

import type { PartialDate } from "../common/partial-date.type.js";
import { PartialDate as PartialDateType, toPartialDate } from "../common/partial-date.type.js";
import { Node } from "../node/node.interface.js";

@ObjectType({
  implements: Node,
  description:
    "A published piece that reports facts: the source of claims. Its full text is stored when we hold it, so quotes and offsets can be checked.",
})
export class Article extends Node {
  @Field(() => String, { nullable: true, description: "Null when only known through a citation." })
  title!: string | null;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Who wrote it, as the byline gives it (a person or an agency). Null when not known.",
  })
  author!: string | null;

  @Field(() => String, { nullable: true, description: "BCP 47 language tag." })
  language!: string | null;

  /** Resolved by ArticleResolver: absent means false. */
  textIsExcerpt?: boolean | null;

  /** Undefined when loaded without it (lists leave the text out); the resolver then loads it. */
  text?: string | null;
  publishedDate?: string | null;
  publishedDatePrecision?: string | null;
  retrievedDate?: string | null;
  retrievedDatePrecision?: string | null;

  @Field(() => PartialDateType, {
    nullable: true,
    description: "When it was published, to the precision known.",
  })
  get publishedOn(): PartialDate | null {
    return toPartialDate(this.publishedDate, this.publishedDatePrecision);
  }

  @Field(() => PartialDateType, { nullable: true, description: "When we retrieved it." })
  get retrievedOn(): PartialDate | null {
    return toPartialDate(this.retrievedDate, this.retrievedDatePrecision);
  }
}

/**
 * The article properties every list returns: everything but the text, which can be long and is
 * loaded (batched) only when a query asks for it.
 */
export function articleSummary(variable: string): string {
  return `${variable} {.id, .title, .url, .author, .language, .publishedDate, .publishedDatePrecision, .retrievedDate, .retrievedDatePrecision, .textIsExcerpt}`;
}
