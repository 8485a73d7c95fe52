import { RootListResolver } from "../listing/root-list-resolver.js";
import { peopleRootList } from "./people.root-list.js";
import { PersonFilter } from "./person-filter.input.js";
import { PersonOrder } from "./person-order.input.js";

export const PeopleResolver = RootListResolver({
  list: peopleRootList,
  Filter: PersonFilter,
  Order: PersonOrder,
  description: "People, filtered and sorted (by name unless asked otherwise).",
});
