import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { RELATED_SHOW_PROJECTION, RelatedShow, toRelatedShow } from "./related-show.type.js";
import { ShowRelationReason } from "./show-relation-reason.enum.js";

export const RelatedShowConnection = ConnectionType("RelatedShow", RelatedShow);

const { SHARED_CAST, SHARED_CREW } = ShowRelationReason;

// Stated RELATED_TO edges (read undirected: stored once) and shows reached through the people
// of this show's cast and crew, all expanded from the one show found by id.
const RELATED_SHOWS_MATCH = `MATCH (show:Show) WHERE show.id = parentKey
CALL (show) {
  MATCH (show)-[relation:RELATED_TO]-(other:Show)
  RETURN other, relation.reason AS reason, relation.description AS description, null AS person
  UNION ALL
  CALL (show) {
    MATCH (show)<-[:CHARACTER_IN]-(:Character)<-[:PLAYS]-(person:Person)
    RETURN DISTINCT person, true AS castHere
    UNION
    MATCH (show)<-[:WORKED_ON]-(person:Person)
    RETURN DISTINCT person, false AS castHere
  }
  CALL (person) {
    MATCH (person)-[:PLAYS]->(:Character)-[:CHARACTER_IN]->(other:Show)
    RETURN DISTINCT other, true AS castThere
    UNION
    MATCH (person)-[:WORKED_ON]->(other:Show)
    RETURN DISTINCT other, false AS castThere
  }
  WITH show, person, other, castHere AND castThere AS castInBoth
  WHERE other <> show
  RETURN other, CASE WHEN castInBoth THEN '${SHARED_CAST}' ELSE '${SHARED_CREW}' END AS reason,
    null AS description, person
}
WITH other AS related, reason, description, person ORDER BY person.nameKey, person.id
WITH related,
  collect(DISTINCT reason) AS reasons,
  collect(DISTINCT description) AS descriptions,
  collect(DISTINCT person) AS sharedPeople,
  max(CASE WHEN person IS NULL THEN 1 ELSE 0 END) AS stated`;

/** Stated relations first, then the shows sharing most people, then by title. */
export const showRelatedShowsConnection: ConnectionDefinition<RelatedShow> = {
  name: "Show.relatedShows",
  match: RELATED_SHOWS_MATCH,
  binds: ["related", "reasons", "descriptions", "sharedPeople", "stated"],
  sortKeys: [
    { expression: "stated", descending: true },
    { expression: "size(sharedPeople)", descending: true },
    { expression: "related.nameKey" },
    { expression: "related.id" },
  ],
  returns: RELATED_SHOW_PROJECTION,
  toNode: toRelatedShow,
};
