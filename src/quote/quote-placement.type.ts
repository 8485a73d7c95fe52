import { Field, Int, ObjectType } from "type-graphql";

import { Article, articleSummary } from "../article/article.type.js";
import { hydrate } from "../node/node.interface.js";
import { Quote } from "./quote.type.js";

@ObjectType({ description: "Where a quote stands in an article's text." })
export class QuotePlacement {
  @Field(() => Quote)
  quote!: Quote;

  @Field(() => Article)
  article!: Article;

  @Field(() => Int, { description: "UTF-16 offset of the first character in Article.text." })
  start!: number;

  @Field(() => Int, { description: "UTF-16 offset just after the last character." })
  end!: number;
}

/** Over `(quote:Quote)-[placement:QUOTED_IN]->(article:Article)`. */
export const QUOTE_PLACEMENT_PROJECTION = `{quote: quote {.*}, article: ${articleSummary("article")}, start: placement.start, end: placement.end}`;

interface QuotePlacementRow {
  quote: Record<string, unknown>;
  article: Record<string, unknown>;
  start: number;
  end: number;
}

export function toQuotePlacement(row: Record<string, unknown>): QuotePlacement {
  const { quote, article, start, end } = row as unknown as QuotePlacementRow;
  return { quote: hydrate(Quote, quote), article: hydrate(Article, article), start, end };
}
