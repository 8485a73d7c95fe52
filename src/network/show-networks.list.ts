import type { ListDefinition } from "../pagination/list-definition.js";
import type { Cancellation } from "./cancellation.type.js";
import { CANCELLATION_PROJECTION, toCancellation } from "./cancellation.type.js";
import type { Carriage } from "./carriage.type.js";
import { CARRIAGE_PROJECTION, toCarriage } from "./carriage.type.js";

/** The networks carrying a show, its original network(s) first. */
export const showNetworksList: ListDefinition<Carriage> = {
  name: "Show.networks",
  match: "MATCH (network:Network)-[carries:CARRIES]->(show:Show) WHERE show.id = parentKey",
  orderBy: ["coalesce(carries.original, false) DESC", "network.nameKey", "network.id"],
  returns: CARRIAGE_PROJECTION,
  toItem: toCarriage,
};

/** Who canceled a show and when, earliest first (a revived show can be canceled again). */
export const showCancellationsList: ListDefinition<Cancellation> = {
  name: "Show.canceledBy",
  match: "MATCH (network:Network)-[canceled:CANCELED]->(show:Show) WHERE show.id = parentKey",
  orderBy: ["canceled.date", "network.id"],
  returns: CANCELLATION_PROJECTION,
  toItem: toCancellation,
};
