import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";

import { NewsSource } from "../news-source/news-source.type.js";
import { quoteOutlet } from "../news-source/news-source.connections.js";
import type { Connection } from "../pagination/connection.type.js";
import { ConnectionArgs, toPageRequest } from "../pagination/connection-args.js";
import { loadOne } from "../pagination/load-one.js";
import { Person } from "../person/person.type.js";
import type { RequestContext } from "../server/request-context.js";
import type { QuotePlacement } from "./quote-placement.type.js";
import { QuotePlacementConnection, quotePlacements, quoteSpeaker } from "./quote.connections.js";
import { Quote } from "./quote.type.js";

@Resolver(() => Quote)
export class QuoteResolver {
  @FieldResolver(() => Person, { nullable: true, description: "Who said it (see evidence for how we know)." })
  saidBy(@Root() quote: Quote, @Ctx() context: RequestContext): Promise<Person | null> {
    return loadOne(context, quoteSpeaker, quote.key);
  }

  @FieldResolver(() => NewsSource, { nullable: true, description: "The outlet it was said to." })
  givenTo(@Root() quote: Quote, @Ctx() context: RequestContext): Promise<NewsSource | null> {
    return loadOne(context, quoteOutlet, quote.key);
  }

  @FieldResolver(() => QuotePlacementConnection, {
    description: "The articles that report it, with offsets.",
  })
  quotedIn(
    @Root() quote: Quote,
    @Args() page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() context: RequestContext,
  ): Promise<Connection<QuotePlacement>> {
    return context.connections.load(quotePlacements, quote.key, toPageRequest(page, info));
  }
}
