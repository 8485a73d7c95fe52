import { nameKeyContains } from "../listing/filter-values.js";
import type { NameOrderField } from "../listing/name-order.js";
import { BY_NAME } from "../listing/name-order.js";
import type { RootListDefinition } from "../listing/root-list-definition.js";
import { nodeTypes } from "../node/node-types.js";
import type { NetworkFilter } from "./network-filter.input.js";
import type { Network } from "./network.type.js";

export const networksRootList: RootListDefinition<Network, NetworkFilter, NameOrderField> = {
  name: "networks",
  type: nodeTypes.Network,
  filters: {
    nameContains: nameKeyContains,
    kinds: { predicate: (kinds) => `n.kind IN ${kinds}` },
  },
  orders: BY_NAME,
  defaultOrder: "NAME",
};
