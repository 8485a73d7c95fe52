import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { CREDIT_ORDER, CREDITED_SHOW } from "./credit-order.js";
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

/**
 * A person's roles, newest show first (undated last), then by show name, then by character: the
 * first two read from the one key the character stores (credit-order.ts), so the order needs only
 * the person's PLAYS and their characters; the show is reached for the page's rows alone.
 */
export const personCastCreditsConnection: ConnectionDefinition<CastCredit> = {
  name: "Person.castCredits",
  match: `MATCH (person:Person)-[plays:PLAYS]->(character:Character)
    WHERE person.id = parentKey AND character.${CREDIT_ORDER} IS NOT NULL`,
  binds: ["person", "plays", "character"],
  sortKeys: [{ expression: `character.${CREDIT_ORDER}` }, { expression: "character.id" }],
  pageMatch: CREDITED_SHOW,
  returns: CAST_CREDIT_PROJECTION,
  toNode: toCastCredit,
};
