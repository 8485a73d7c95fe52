import { nameKeyContains, nodeKeyOf } from "../listing/filter-values.js";
import type { NameOrderField } from "../listing/name-order.js";
import { BY_NAME } from "../listing/name-order.js";
import type { RootListDefinition } from "../listing/root-list-definition.js";
import { nodeTypes } from "../node/node-types.js";
import type { LocationFilter } from "./location-filter.input.js";
import type { Location } from "./location.type.js";

export const locationsRootList: RootListDefinition<Location, LocationFilter, NameOrderField> = {
  name: "locations",
  type: nodeTypes.Location,
  filters: {
    within: {
      pattern: (id) => `(n)-[:WITHIN*1..]->(:Location {id: ${id}})`,
      toParameter: nodeKeyOf("Location"),
    },
    nameContains: nameKeyContains,
    kinds: { predicate: (kinds) => `n.kind IN ${kinds}` },
  },
  orders: BY_NAME,
  defaultOrder: "NAME",
};
