import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { CO_STAR_PROJECTION, CoStar, toCoStar } from "./co-star.type.js";

export const CoStarConnection = ConnectionType("CoStar", CoStar);

// From the person's roles to the other roles of the same shows: expansions from one id seek.
// Sorting shows before collecting gives each co-star's shared shows in title order.
const CO_STARS_MATCH = `MATCH (me:Person)-[:PLAYS]->(:Character)-[:CHARACTER_IN]->(show:Show)
      <-[:CHARACTER_IN]-(:Character)<-[:PLAYS]-(coStar:Person)
WHERE me.id = parentKey AND coStar <> me
WITH DISTINCT coStar, show ORDER BY show.nameKey, show.id
WITH coStar, collect(show) AS sharedShows`;

/** The people a person acted with, those sharing most shows first, then by name. */
export const personCoStarsConnection: ConnectionDefinition<CoStar> = {
  name: "Person.coStars",
  match: CO_STARS_MATCH,
  binds: ["coStar", "sharedShows"],
  sortKeys: [
    { expression: "size(sharedShows)", descending: true },
    { expression: "coStar.nameKey" },
    { expression: "coStar.id" },
  ],
  returns: CO_STAR_PROJECTION,
  toNode: toCoStar,
};
