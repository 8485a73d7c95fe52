import { Field, Int, ObjectType, registerEnumType } from "type-graphql";

import { Article } from "../article/article.type.js";
import type { PartialDate } from "../common/partial-date.type.js";
import { PartialDate as PartialDateType } from "../common/partial-date.type.js";
import { NewsSource } from "../news-source/news-source.type.js";
import { Quote } from "../quote/quote.type.js";

export enum ClaimSourceRole {
  SUPPORTS = "SUPPORTS",
  ORIGINAL_REPORT = "ORIGINAL_REPORT",
}

registerEnumType(ClaimSourceRole, {
  name: "ClaimSourceRole",
  valuesConfig: {
    SUPPORTS: { description: "The article states the claim; quote and offsets say where." },
    ORIGINAL_REPORT: {
      description:
        "An earlier report that a supporting article relays (secondary reporting): the claim rests on it, seen through the article that cites it.",
    },
  },
});

@ObjectType({
  description:
    "One source of a claim: the article with its outlet, URL and date, and for a supporting article the exact quote and where it stands in the article's text.",
})
export class ClaimSource {
  @Field(() => ClaimSourceRole)
  role!: ClaimSourceRole;

  @Field(() => Article)
  article!: Article;

  @Field(() => NewsSource, { nullable: true, description: "The outlet that published the article." })
  outlet!: NewsSource | null;

  @Field(() => String, { nullable: true, description: "The article's URL, when known." })
  get url(): string | null {
    return this.article.url ?? null;
  }

  @Field(() => PartialDateType, { nullable: true, description: "When the article was published." })
  get publishedOn(): PartialDate | null {
    return this.article.publishedOn;
  }

  @Field(() => String, { nullable: true, description: "The article's exact words (SUPPORTS only)." })
  quote!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Where the quote starts in Article.text (UTF-16 code units, as JavaScript counts).",
  })
  start!: number | null;

  @Field(() => Int, { nullable: true, description: "Where the quote ends (exclusive)." })
  end!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether Article.text really has the quote at [start, end), checked by the database when it answers; null when the article's text is not stored.",
  })
  quoteMatchesText!: boolean | null;

  @Field(() => Quote, {
    nullable: true,
    description:
      "When the quoted passage is a person's words that the article reports (an interview): who said them, and to which outlet.",
  })
  quotedFrom!: Quote | null;

  @Field(() => Article, {
    nullable: true,
    description: "The earlier report this article relays for the claim (it cites it), if any.",
  })
  relays!: Article | null;
}
