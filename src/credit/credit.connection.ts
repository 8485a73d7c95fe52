import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import { dateSortKey } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { CAST_CREDIT_PROJECTION, toCastCredit } from "./cast-credit.type.js";
import { CreditKind } from "./credit-kind.enum.js";
import { Credit } from "./credit.interface.js";
import { CREW_CREDIT_PROJECTION, toCrewCredit } from "./crew-credit.type.js";

export const CreditConnection = ConnectionType("Credit", Credit);

/** Used as `$filter`: roles, jobs, or (null) both. */
export interface CreditFilter {
  kind: CreditKind | null;
}

// Each branch is skipped before any expansion when the filter excludes its kind. The branches
// return the matched variables, not the credit's map: it is projected after the page is cut
// (`returns`), for 21 rows instead of for every role and job (half of Neo4j's CPU for the
// busiest person of bench:query's graph, 3,817 roles: docs/benchmarks.md).
const CREDITS_MATCH = `MATCH (person:Person) WHERE person.id = parentKey
CALL (person) {
  WITH person WHERE $filter.kind IS NULL OR $filter.kind = '${CreditKind.CAST}'
  MATCH (person)-[plays:PLAYS]->(character:Character)-[:CHARACTER_IN]->(show:Show)
  RETURN show, '${CreditKind.CAST}' AS kind, character.id AS itemKey, plays, character, null AS worked
  UNION ALL
  WITH person WHERE $filter.kind IS NULL OR $filter.kind = '${CreditKind.CREW}'
  MATCH (person)-[worked:WORKED_ON]->(show:Show)
  RETURN show, '${CreditKind.CREW}' AS kind, worked.job AS itemKey, null AS plays, null AS character, worked
}`;

/** Everything a person did, roles and jobs together, newest show first. */
export const personCreditsConnection: ConnectionDefinition<Credit> = {
  name: "Person.credits",
  match: CREDITS_MATCH,
  binds: ["person", "show", "kind", "itemKey", "plays", "character", "worked"],
  sortKeys: [
    dateSortKey("show.premiereDate"),
    { expression: "show.nameKey" },
    { expression: "show.id" },
    { expression: "kind" },
    { expression: "itemKey" },
  ],
  returns: `{kind: kind, credit: CASE kind WHEN '${CreditKind.CAST}' THEN ${CAST_CREDIT_PROJECTION} ELSE ${CREW_CREDIT_PROJECTION} END}`,
  toNode: ({ kind, credit }) =>
    kind === CreditKind.CAST
      ? toCastCredit(credit as Record<string, unknown>)
      : toCrewCredit(credit as Record<string, unknown>),
};
