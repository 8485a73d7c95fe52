import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import { dateSortKey } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { CAST_CREDIT_PROJECTION, CastCredit, toCastCredit } from "./cast-credit.type.js";

export const CastCreditConnection = ConnectionType("CastCredit", CastCredit);

const CAST_BINDS = ["person", "plays", "character", "show"];
const CAST_PATTERN = "(person:Person)-[plays:PLAYS]->(character:Character)-[:CHARACTER_IN]->(show:Show)";

/** A show's cast in billing order; unbilled actors last, by name. */
export const showCastConnection: ConnectionDefinition<CastCredit> = {
  name: "Show.cast",
  match: `MATCH ${CAST_PATTERN} WHERE show.id = parentKey`,
  binds: CAST_BINDS,
  sortKeys: [
    { expression: "coalesce(plays.billingOrder, 2147483647)" },
    { expression: "person.nameKey" },
    { expression: "character.id" },
  ],
  returns: CAST_CREDIT_PROJECTION,
  toNode: toCastCredit,
};

/** A person's roles, newest show first. */
export const personCastCreditsConnection: ConnectionDefinition<CastCredit> = {
  name: "Person.castCredits",
  match: `MATCH ${CAST_PATTERN} WHERE person.id = parentKey`,
  binds: CAST_BINDS,
  sortKeys: [
    dateSortKey("show.premiereDate"),
    { expression: "show.nameKey" },
    { expression: "character.id" },
  ],
  returns: CAST_CREDIT_PROJECTION,
  toNode: toCastCredit,
};
