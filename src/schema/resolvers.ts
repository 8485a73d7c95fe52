import type { NonEmptyArray } from "type-graphql";

import { GraphResolver } from "../graph/graph.resolver.js";
import { NodeResolver } from "../node/node.resolver.js";
import { PersonResolver } from "../person/person.resolver.js";
import { SearchResolver } from "../search/search.resolver.js";
import { ShowResolver } from "../show/show.resolver.js";

/** Every resolver class of the API; a new feature folder adds its resolver here. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  NodeResolver,
  ShowResolver,
  PersonResolver,
  SearchResolver,
  GraphResolver,
];
