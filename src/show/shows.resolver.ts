import { RootListResolver } from "../listing/root-list-resolver.js";
import { ShowFilter } from "./show-filter.input.js";
import { ShowOrder } from "./show-order.input.js";
import { showsRootList } from "./shows.root-list.js";

export const ShowsResolver = RootListResolver({
  list: showsRootList,
  Filter: ShowFilter,
  Order: ShowOrder,
  description: "Shows, filtered and sorted (by title unless asked otherwise).",
});
