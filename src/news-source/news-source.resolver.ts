import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";

import { ArticleConnection, newsSourceArticles } from "../article/article.connections.js";
import type { Article } from "../article/article.type.js";
import { ClaimConnection, newsSourceClaims } from "../claim/claim.connections.js";
import type { Claim } from "../claim/claim.type.js";
import { ClaimFilterArgs } from "../claim/claim-filter.args.js";
import { ClaimViewArgs } from "../claim/claim-view.js";
import { loadClaimList } from "../claim/load-claims.js";
import { findNode } from "../node/find-node.js";
import { NameLookupArgs, toNameLookup } from "../node/lookup-args.js";

import { nodeTypes } from "../node/node-types.js";
import type { Connection } from "../pagination/connection.type.js";
import { ConnectionArgs, toPageRequest } from "../pagination/connection-args.js";
import type { Quote } from "../quote/quote.type.js";
import { QuoteConnection, newsSourceQuotes } from "../quote/quote.connections.js";
import type { RequestContext } from "../server/request-context.js";
import { NewsSourceConnection, allNewsSources } from "./news-source.connections.js";
import { NewsSource } from "./news-source.type.js";

@Resolver(() => NewsSource)
export class NewsSourceResolver {
  @Query(() => NewsSource, { nullable: true, description: "One outlet by global ID or exact name." })
  newsSource(@Args() lookup: NameLookupArgs, @Ctx() context: RequestContext): Promise<NewsSource | null> {
    return findNode(context, nodeTypes.NewsSource, toNameLookup(lookup));
  }

  @Query(() => NewsSourceConnection, { description: "Every outlet, by name." })
  newsSources(
    @Args() page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() context: RequestContext,
  ): Promise<Connection<NewsSource>> {
    return context.connections.loadRoot(allNewsSources, toPageRequest(page, info));
  }

  @FieldResolver(() => ArticleConnection, { description: "Its articles that the graph knows, newest first." })
  articles(
    @Root() source: NewsSource,
    @Args() page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Article>> {
    return context.connections.load(newsSourceArticles, source.key, toPageRequest(page, info));
  }

  @FieldResolver(() => ClaimConnection, {
    description: "What the outlet has reported, through any of its articles.",
  })
  claims(
    @Root() source: NewsSource,
    @Args() filter: ClaimFilterArgs,
    @Args() view: ClaimViewArgs,
    @Args() page: ConnectionArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Claim>> {
    return loadClaimList(newsSourceClaims, source.key, { context, info, filter, view, page });
  }

  @FieldResolver(() => QuoteConnection, { description: "Words people said to this outlet (interviews)." })
  quotes(
    @Root() source: NewsSource,
    @Args() page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Quote>> {
    return context.connections.load(newsSourceQuotes, source.key, toPageRequest(page, info));
  }
}
