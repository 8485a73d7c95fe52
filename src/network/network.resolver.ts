import type { GraphQLResolveInfo } from "graphql";
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";

import { findNode } from "../node/find-node.js";
import { NameLookupArgs, toNameLookup } from "../node/lookup-args.js";
import { nodeTypes } from "../node/node-types.js";
import type { Connection } from "../pagination/connection.type.js";
import { ConnectionArgs, toPageRequest } from "../pagination/connection-args.js";
import type { RequestContext } from "../server/request-context.js";
import type { Cancellation } from "./cancellation.type.js";
import type { Carriage } from "./carriage.type.js";
import {
  CancellationConnection,
  CarriageConnection,
  networkCanceledShowsConnection,
  networkShowsConnection,
} from "./network-shows.connection.js";
import { Network } from "./network.type.js";

@Resolver(() => Network)
export class NetworkResolver {
  @Query(() => Network, { nullable: true, description: "One network by global ID or name (any case)." })
  network(@Args() lookup: NameLookupArgs, @Ctx() context: RequestContext): Promise<Network | null> {
    return findNode(context, nodeTypes.Network, toNameLookup(lookup));
  }

  @FieldResolver(() => CarriageConnection, { description: "The shows it carries, by title." })
  shows(
    @Root() network: Network,
    @Args() page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Carriage>> {
    return context.connections.load(networkShowsConnection, network.key, toPageRequest(page, info));
  }

  @FieldResolver(() => CancellationConnection, { description: "The shows it canceled, latest first." })
  canceledShows(
    @Root() network: Network,
    @Args() page: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Cancellation>> {
    return context.connections.load(networkCanceledShowsConnection, network.key, toPageRequest(page, info));
  }
}
