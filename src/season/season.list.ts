import { hydrate } from "../node/node.interface.js";
import type { ListDefinition } from "../pagination/list-definition.js";
import { Show } from "../show/show.type.js";
import { Season } from "./season.type.js";

/** A show's seasons in order; a show has tens at most. */
export const showSeasonsList: ListDefinition<Season> = {
  name: "Show.seasons",
  match: "MATCH (season:Season)-[:SEASON_OF]->(show:Show) WHERE show.id = parentKey",
  orderBy: ["season.number", "season.id"],
  returns: "season {.*}",
  toItem: (row) => hydrate(Season, row),
};

export const seasonShowList: ListDefinition<Show> = {
  name: "Season.show",
  match: "MATCH (season:Season)-[:SEASON_OF]->(show:Show) WHERE season.id = parentKey",
  orderBy: ["show.id"],
  returns: "show {.*}",
  toItem: (row) => hydrate(Show, row),
};
