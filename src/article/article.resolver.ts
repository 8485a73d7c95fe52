import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";

import { ClaimConnection, articleClaims } from "../claim/claim.connections.js";
import type { Claim } from "../claim/claim.type.js";
import { ClaimFilterArgs } from "../claim/claim-filter.args.js";
import { ClaimViewArgs } from "../claim/claim-view.js";
import { loadClaimList } from "../claim/load-claims.js";
import { NewsSource } from "../news-source/news-source.type.js";
import { articlePublisher } from "../news-source/news-source.connections.js";
import { findNode } from "../node/find-node.js";
import { NameLookupArgs, toNameLookup } from "../node/lookup-args.js";

import { nodeTypes } from "../node/node-types.js";
import type { Connection } from "../pagination/connection.type.js";
import { ConnectionArgs, toPageRequest } from "../pagination/connection-args.js";
import { loadOne } from "../pagination/load-one.js";
import type { Quote } from "../quote/quote.type.js";
import { QuoteConnection, articleQuotes } from "../quote/quote.connections.js";
import type { RequestContext } from "../server/request-context.js";
import { ArticleConnection, allArticles, articleCitedBy, articleCites } from "./article.connections.js";
import { Article } from "./article.type.js";

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => Article, { nullable: true, description: "One article by global ID or exact title." })
  article(@Args() lookup: NameLookupArgs, @Ctx() context: RequestContext): Promise<Article | null> {
    return findNode(context, nodeTypes.Article, toNameLookup(lookup));
  }

  @Query(() => ArticleConnection, { description: "Every stored article, newest first." })
  articles(
    @Args() page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Article>> {
    return context.connections.loadRoot(allArticles, toPageRequest(page, info));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The full text, character for character, so quotes and their offsets can be checked.",
  })
  async text(@Root() article: Article, @Ctx() context: RequestContext): Promise<string | null> {
    if (article.text !== undefined) {
      return article.text;
    }
    return (await context.nodes.load(nodeTypes.Article, article.key))?.text ?? null;
  }

  @FieldResolver(() => Boolean, {
    description:
      "True when `text` holds only the passages that claims quote, in the article's order, not the whole article (which is at `url`): an article we may not republish whole.",
  })
  textIsExcerpt(@Root() article: Article): boolean {
    return article.textIsExcerpt === true;
  }

  @FieldResolver(() => NewsSource, { nullable: true, description: "The outlet, when known." })
  publisher(@Root() article: Article, @Ctx() context: RequestContext): Promise<NewsSource | null> {
    return loadOne(context, articlePublisher, article.key);
  }

  @FieldResolver(() => ArticleConnection, { description: "Earlier reports this article relays." })
  cites(
    @Root() article: Article,
    @Args() page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Article>> {
    return context.connections.load(articleCites, article.key, toPageRequest(page, info));
  }

  @FieldResolver(() => ArticleConnection, { description: "Later articles that relay this one." })
  citedBy(
    @Root() article: Article,
    @Args() page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Article>> {
    return context.connections.load(articleCitedBy, article.key, toPageRequest(page, info));
  }

  @FieldResolver(() => QuoteConnection, {
    description: "People's words the article reports, in reading order.",
  })
  quotes(
    @Root() article: Article,
    @Args() page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Quote>> {
    return context.connections.load(articleQuotes, article.key, toPageRequest(page, info));
  }

  @FieldResolver(() => ClaimConnection, {
    description: "What the article claims: the claims it supports or is the original report of.",
  })
  claims(
    @Root() article: Article,
    @Args() filter: ClaimFilterArgs,
    @Args() view: ClaimViewArgs,
    @Args() page: ConnectionArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Claim>> {
    return loadClaimList(articleClaims, article.key, { context, info, filter, view, page });
  }
}
