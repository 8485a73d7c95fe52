import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import { dateSortKey } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { CANCELLATION_PROJECTION, Cancellation, toCancellation } from "./cancellation.type.js";
import { CARRIAGE_PROJECTION, Carriage, toCarriage } from "./carriage.type.js";

export const CarriageConnection = ConnectionType("Carriage", Carriage);
export const CancellationConnection = ConnectionType("Cancellation", Cancellation);

/** The shows a network carries, by title. */
export const networkShowsConnection: ConnectionDefinition<Carriage> = {
  name: "Network.shows",
  match: "MATCH (network:Network)-[carries:CARRIES]->(show:Show) WHERE network.id = parentKey",
  binds: ["network", "carries", "show"],
  sortKeys: [{ expression: "show.nameKey" }, { expression: "show.id" }],
  returns: CARRIAGE_PROJECTION,
  toNode: toCarriage,
};

/** The shows a network canceled, latest cancellation first. */
export const networkCanceledShowsConnection: ConnectionDefinition<Cancellation> = {
  name: "Network.canceledShows",
  match: "MATCH (network:Network)-[canceled:CANCELED]->(show:Show) WHERE network.id = parentKey",
  binds: ["network", "canceled", "show"],
  sortKeys: [dateSortKey("canceled.date"), { expression: "show.nameKey" }, { expression: "show.id" }],
  returns: CANCELLATION_PROJECTION,
  toNode: toCancellation,
};
