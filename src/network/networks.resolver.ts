import { NameOrderInput } from "../listing/name-order.js";
import { RootListResolver } from "../listing/root-list-resolver.js";
import { NetworkFilter } from "./network-filter.input.js";
import { networksRootList } from "./networks.root-list.js";

export const NetworksResolver = RootListResolver({
  list: networksRootList,
  Filter: NetworkFilter,
  Order: NameOrderInput("Network"),
  description: "Networks and streamers, by name.",
});
