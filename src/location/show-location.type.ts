import { Field, ObjectType } from "type-graphql";

import { hydrate } from "../node/node.interface.js";
import { Show } from "../show/show.type.js";
import { LocationRole } from "./location-role.enum.js";
import { Location } from "./location.type.js";

@ObjectType({ description: "A place and what it is to a show: where it is set, filmed or produced." })
export class ShowLocation {
  @Field(() => Show)
  show!: Show;

  @Field(() => Location)
  location!: Location;

  @Field(() => LocationRole)
  role!: LocationRole;
}

/** `placed` is the SET_IN / FILMED_IN / PRODUCED_IN relationship; its type is the role. */
export const SHOW_LOCATION_PROJECTION = "{show: show {.*}, location: location {.*}, role: type(placed)}";

interface ShowLocationRow {
  show: Record<string, unknown>;
  location: Record<string, unknown>;
  role: LocationRole;
}

export function toShowLocation(row: Record<string, unknown>): ShowLocation {
  const { show, location, role } = row as unknown as ShowLocationRow;
  return { show: hydrate(Show, show), location: hydrate(Location, location), role };
}
