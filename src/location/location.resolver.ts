import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";

import { findNode } from "../node/find-node.js";
import { NameLookupArgs, toNameLookup } from "../node/lookup-args.js";
import { nodeTypes } from "../node/node-types.js";
import type { Connection } from "../pagination/connection.type.js";
import { ConnectionArgs, toPageRequest } from "../pagination/connection-args.js";
import type { RequestContext } from "../server/request-context.js";
import type { LocatedShow } from "./located-show.type.js";
import {
  LocatedShowConnection,
  LocationConnection,
  locationChildrenConnection,
  locationShowsHereConnection,
  locationShowsWithinConnection,
} from "./location.connection.js";
import { locationParentList } from "./location.list.js";
import { LocationRole } from "./location-role.enum.js";
import { locationRoleFilter } from "./location-roles.js";
import { Location } from "./location.type.js";
import { loadFirst } from "../pagination/load-list.js";

@Resolver(() => Location)
export class LocationResolver {
  @Query(() => Location, { nullable: true, description: "One place by global ID or name (any case)." })
  location(@Args() lookup: NameLookupArgs, @Ctx() context: RequestContext): Promise<Location | null> {
    return findNode(context, nodeTypes.Location, toNameLookup(lookup));
  }

  @FieldResolver(() => Location, { nullable: true, description: "The place it is within." })
  parent(@Root() location: Location, @Ctx() context: RequestContext): Promise<Location | null> {
    return loadFirst(context, locationParentList, location.key);
  }

  @FieldResolver(() => LocationConnection, { description: "The places directly within it, by name." })
  children(
    @Root() location: Location,
    @Args() page: ConnectionArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Location>> {
    return context.connections.load(locationChildrenConnection, location.key, toPageRequest(page));
  }

  @FieldResolver(() => LocatedShowConnection, {
    description:
      "Shows set, filmed or produced here (or, by default, anywhere within it), by title; `role` keeps one role and the roles within it (PRODUCED_IN keeps FILMED_IN too).",
  })
  shows(
    @Root() location: Location,
    @Arg("role", () => LocationRole, { nullable: true }) role: LocationRole | null,
    @Arg("includeSubPlaces", () => Boolean, { defaultValue: true }) includeSubPlaces: boolean,
    @Args() page: ConnectionArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<LocatedShow>> {
    const filter = locationRoleFilter(role);
    return context.connections.load(
      includeSubPlaces ? locationShowsWithinConnection : locationShowsHereConnection,
      location.key,
      toPageRequest(page),
      { filter },
    );
  }
}
