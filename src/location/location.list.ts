import { hydrate } from "../node/node.interface.js";
import type { ListDefinition } from "../pagination/list-definition.js";
import { LOCATION_ROLE_TYPES, ROLE_FILTER, ROLE_RANK } from "./location-roles.js";
import { Location } from "./location.type.js";
import type { ShowLocation } from "./show-location.type.js";
import { SHOW_LOCATION_PROJECTION, toShowLocation } from "./show-location.type.js";

/** Where a show is set, filmed and produced (in that order), by place name. */
export const showLocationsList: ListDefinition<ShowLocation> = {
  name: "Show.locations",
  match: `MATCH (show:Show)-[placed:${LOCATION_ROLE_TYPES}]->(location:Location)
WHERE show.id = parentKey AND ${ROLE_FILTER}`,
  orderBy: [ROLE_RANK, "location.nameKey", "location.id"],
  returns: SHOW_LOCATION_PROJECTION,
  toItem: toShowLocation,
};

/** The place a place is within; the first by id if the data gives several. */
export const locationParentList: ListDefinition<Location> = {
  name: "Location.parent",
  match: "MATCH (location:Location)-[:WITHIN]->(parent:Location) WHERE location.id = parentKey",
  orderBy: ["parent.id"],
  returns: "parent {.*}",
  toItem: (row) => hydrate(Location, row),
};
