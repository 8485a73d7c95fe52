import { NameOrderInput } from "../listing/name-order.js";
import { RootListResolver } from "../listing/root-list-resolver.js";
import { LocationFilter } from "./location-filter.input.js";
import { locationsRootList } from "./locations.root-list.js";

export const LocationsResolver = RootListResolver({
  list: locationsRootList,
  Filter: LocationFilter,
  Order: NameOrderInput("Location"),
  description: "Places, by name.",
});
