import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { RequestContext } from "../server/request-context.js";
import { Show } from "../show/show.type.js";
import { LocationRole } from "./location-role.enum.js";
import { locationRoleFilter } from "./location-roles.js";
import { showLocationsList } from "./location.list.js";
import { ShowLocation } from "./show-location.type.js";
import { loadList } from "../pagination/load-list.js";

@Resolver(() => Show)
export class ShowLocationsResolver {
  @FieldResolver(() => [ShowLocation], {
    description:
      "Where it is set, filmed and produced, in that order; `role` keeps one role and the roles within it (PRODUCED_IN keeps FILMED_IN too).",
  })
  locations(
    @Root() show: Show,
    @Arg("role", () => LocationRole, { nullable: true }) role: LocationRole | null,
    @Ctx() context: RequestContext,
  ): Promise<ShowLocation[]> {
    const filter = locationRoleFilter(role);
    return loadList(context, showLocationsList, show.key, { filter });
  }
}
