import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";

import { CastCreditConnection, showCastConnection } from "../credit/cast-credit.connection.js";
import type { CastCredit } from "../credit/cast-credit.type.js";
import { findNode } from "../node/find-node.js";
import { LookupArgs, toLookup } from "../node/lookup-args.js";
import { nodeTypes } from "../node/node-types.js";
import type { Connection } from "../pagination/connection.type.js";
import { ConnectionArgs, toPageRequest } from "../pagination/connection-args.js";
import type { RequestContext } from "../server/request-context.js";
import { Show } from "./show.type.js";

@Resolver(() => Show)
export class ShowResolver {
  @Query(() => Show, {
    nullable: true,
    description: "One show by global ID, title (any case) or external ID.",
  })
  show(@Args() lookup: LookupArgs, @Ctx() context: RequestContext): Promise<Show | null> {
    return findNode(context, nodeTypes.Show, toLookup(lookup));
  }

  @FieldResolver(() => CastCreditConnection, {
    description: "The cast in billing order, with the characters they play.",
  })
  cast(
    @Root() show: Show,
    @Args() page: ConnectionArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<CastCredit>> {
    return context.connections.load(showCastConnection, show.key, toPageRequest(page));
  }
}
