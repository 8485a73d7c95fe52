import type { NonEmptyArray } from "type-graphql";

import { ArticleResolver } from "../article/article.resolver.js";
import { ClaimResolver } from "../claim/claim.resolver.js";
import { evidenceResolvers } from "../evidence/evidence.resolvers.js";
import { NewsSourceResolver } from "../news-source/news-source.resolver.js";
import { NodeResolver } from "../node/node.resolver.js";
import { PersonResolver } from "../person/person.resolver.js";
import { QuoteResolver } from "../quote/quote.resolver.js";
import { ShowResolver } from "../show/show.resolver.js";
import { ShowTimelineResolver } from "../timeline/show-timeline.resolver.js";

/** Every resolver class of the API; a new feature folder adds its resolver here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  ShowResolver,
  PersonResolver,
  ArticleResolver,
  NewsSourceResolver,
  QuoteResolver,
  ClaimResolver,
  ...evidenceResolvers,
  ShowTimelineResolver,
];
