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

// Each branch is skipped before any expansion when the filter excludes its kind.
const CREDITS_MATCH = `MATCH (person:Person) WHERE person.id = parentKey
CALL (person) {
  WITH person WHERE $filter.kind IS NULL OR $filter.kind = '${CreditKind.CAST}'
  MATCH (person)-[plays:PLAYS]->(character:Character)-[:CHARACTER_IN]->(show:Show)
  RETURN show, '${CreditKind.CAST}' AS kind, character.id AS itemKey, ${CAST_CREDIT_PROJECTION} AS credit
  UNION ALL
  WITH person WHERE $filter.kind IS NULL OR $filter.kind = '${CreditKind.CREW}'
  MATCH (person)-[worked:WORKED_ON]->(show:Show)
  RETURN show, '${CreditKind.CREW}' AS kind, worked.job AS itemKey, ${CREW_CREDIT_PROJECTION} AS credit
}`;

/** Everything a person did, roles and jobs together, newest show first. */
export const personCreditsConnection: ConnectionDefinition<Credit> = {
  name: "Person.credits",
  match: CREDITS_MATCH,
  binds: ["show", "kind", "itemKey", "credit"],
  sortKeys: [
    dateSortKey("show.premiereDate"),
    { expression: "show.nameKey" },
    { expression: "show.id" },
    { expression: "kind" },
    { expression: "itemKey" },
  ],
  returns: "{kind: kind, credit: credit}",
  toNode: ({ kind, credit }) =>
    kind === CreditKind.CAST
      ? toCastCredit(credit as Record<string, unknown>)
      : toCrewCredit(credit as Record<string, unknown>),
};
