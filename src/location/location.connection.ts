import { hydrate } from "../node/node.interface.js";
import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { LocatedShow, toLocatedShow } from "./located-show.type.js";
import { LOCATION_ROLE_TYPES, ROLE_FILTER, ROLE_RANK } from "./location-roles.js";
import { Location } from "./location.type.js";
import { SHOW_LOCATION_PROJECTION } from "./show-location.type.js";

export const LocationConnection = ConnectionType("Location", Location);
export const LocatedShowConnection = ConnectionType("LocatedShow", LocatedShow);

/** The places directly within a place, by name. */
export const locationChildrenConnection: ConnectionDefinition<Location> = {
  name: "Location.children",
  match: "MATCH (parent:Location)<-[:WITHIN]-(child:Location) WHERE parent.id = parentKey",
  binds: ["child"],
  sortKeys: [{ expression: "child.nameKey" }, { expression: "child.id" }],
  returns: "child {.*}",
  toNode: (row) => hydrate(Location, row),
};

/**
 * Shows tied to a place, each once with every placement that ties it (a show set in Tel Aviv
 * and filmed in Israel is one Israel result with two placements), by title.
 */
function locatedShows(name: string, within: string): ConnectionDefinition<LocatedShow> {
  return {
    name,
    match: `MATCH (place:Location)<-[:WITHIN${within}]-(location:Location)<-[placed:${LOCATION_ROLE_TYPES}]-(show:Show)
WHERE place.id = parentKey AND ${ROLE_FILTER}
WITH DISTINCT show, location, placed ORDER BY ${ROLE_RANK}, location.nameKey, location.id
WITH show, collect(${SHOW_LOCATION_PROJECTION}) AS placements`,
    binds: ["show", "placements"],
    sortKeys: [{ expression: "show.nameKey" }, { expression: "show.id" }],
    returns: "{show: show {.*}, locations: placements}",
    toNode: toLocatedShow,
  };
}

/** The place itself and everything within it, however deep (a city within a region within a country). */
export const locationShowsWithinConnection = locatedShows("Location.shows(includeSubPlaces)", "*0..");

/** The place itself only. */
export const locationShowsHereConnection = locatedShows("Location.shows", "*0..0");
