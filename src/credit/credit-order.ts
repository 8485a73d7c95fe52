import type { CypherStatement, CypherTransaction } from "../neo4j/cypher-executor.js";

/**
 * `character.creditOrder`: where a character's credits stand in a person's cast credits
 * (`Person.castCredits`: newest show first, undated shows last, then by show `nameKey`), stored
 * as one string on the character so that the order is read from the role's own node. Ordering by
 * the show itself expanded every role of a person two hops and read two show properties before
 * the page was cut: for the busiest person of bench:query's graph at the size (3,817
 * roles), 7.5 ms of Neo4j CPU per request against 3.6 ms with the key (docs/benchmarks.md).
 *
 * The key is derived data: every writer that creates a character, moves one to another show, or
 * changes a show's `premiereDate` or `nameKey` runs `refreshCreditOrder` in its own transaction
 * (ingest, claim edits, merge and its undo, migrations). Migration 0012 filled it for graphs
 * written before it existed.
 *
 * The form: `99999999 - YYYYMMDD` of the premiere date (0001-01-01 when undated, as dateSortKey
 * orders it), eight digits, then the show's `nameKey`. Ascending string order is then the order
 * of (premiere date descending, nameKey ascending): the fixed-width prefix decides first, and
 * only on an equal prefix does the name (years are 1..9999: src/common/partial-date.ts).
 */
export const CREDIT_ORDER = "creditOrder";

/**
 * The show a character is credited in (bound as `show`, from `character`). A character belongs
 * to one show (docs/model.md); should claims give it two, its credit is shown once, in the show
 * with the smallest id, and its key is that show's.
 */
const SHOW_OF_CHARACTER =
  "MATCH (character)-[:CHARACTER_IN]->(show:Show) RETURN show ORDER BY show.id LIMIT 1";

/** Binds `show` for a row binding `character`; a character with no show loses its row. */
export const CREDITED_SHOW = `CALL (character) { ${SHOW_OF_CHARACTER} }`;

/** The key `show` gives its characters (null for no show), as a Cypher expression. */
const KEY_OF_SHOW = `CASE WHEN show IS NULL THEN null ELSE
  right('0000000' + toString(99999999 - toInteger(replace(toString(coalesce(show.premiereDate, date('0001-01-01'))), '-', ''))), 8)
  + coalesce(show.nameKey, '') END`;

/** From rows binding `character`: those whose stored key is not the one their show gives, with it as `creditOrder`. */
const STALE = `OPTIONAL CALL (character) { ${SHOW_OF_CHARACTER} }
WITH character, ${KEY_OF_SHOW} AS creditOrder
WHERE coalesce(character.${CREDIT_ORDER}, '') <> coalesce(creditOrder, '')`;

/**
 * Sets the key of the characters in scope that need it: the characters in `$characters`, those
 * of the shows in `$shows`, and those a claim in `$claims` is about (as subject or object, or
 * through the show it is about). A character with no show loses its key. Writes only keys that
 * change, so a write that changed nothing still sets no property (and raises no graph version).
 */
const REFRESH = `CALL () {
  UNWIND $characters AS characterId
  MATCH (character:Character {id: characterId})
  RETURN character
  UNION
  UNWIND $shows AS showId
  MATCH (:Show {id: showId})<-[:CHARACTER_IN]-(character:Character)
  RETURN character
  UNION
  UNWIND $claims AS claimId
  MATCH (:Claim {id: claimId})-[:SUBJECT|OBJECT]->(character:Character)
  RETURN character
  UNION
  UNWIND $claims AS claimId
  MATCH (:Claim {id: claimId})-[:SUBJECT|OBJECT]->(:Show)<-[:CHARACTER_IN]-(character:Character)
  RETURN character
}
${STALE}
SET character.${CREDIT_ORDER} = creditOrder
RETURN count(*) AS changed`;

/** What a write may have changed the credit order of: graph ids of shows, characters and claims. */
export interface CreditOrderScope {
  shows?: Iterable<string>;
  characters?: Iterable<string>;
  /** Claims whose stored fact changed (a rank): their subjects and objects. */
  claims?: Iterable<string>;
}

/** The scope of nodes of one label: shows and characters have credit orders to keep; other labels none. */
export function creditOrderScopeOf(label: string, ids: string[]): CreditOrderScope {
  switch (label) {
    case "Show":
      return { shows: ids };
    case "Character":
      return { characters: ids };
    default:
      return {};
  }
}

/** The statement that brings the keys of `scope` up to date, or undefined when the scope is empty. */
export function refreshCreditOrderStatement(scope: CreditOrderScope): CypherStatement | undefined {
  const parameters = {
    shows: [...(scope.shows ?? [])],
    characters: [...(scope.characters ?? [])],
    claims: [...(scope.claims ?? [])],
  };
  if (parameters.shows.length + parameters.characters.length + parameters.claims.length === 0) {
    return undefined;
  }
  return { cypher: REFRESH, parameters };
}

/**
 * Brings the stored credit order of the characters in `scope` up to date, in the caller's
 * transaction (so it commits or rolls back with the write that made it stale).
 *
 * @returns how many keys changed
 */
export async function refreshCreditOrder(tx: CypherTransaction, scope: CreditOrderScope): Promise<number> {
  const statement = refreshCreditOrderStatement(scope);
  if (!statement) {
    return 0;
  }
  const { rows } = await tx.run<{ changed: number }>(statement);
  return rows[0]?.changed ?? 0;
}

/**
 * Every character whose stored key is not the one its show gives (none, when every writer kept
 * it): `id`, `stored` and `expected`. Reads the whole label: for checks and tests, not requests.
 */
export const STALE_CREDIT_ORDERS = `MATCH (character:Character)
${STALE}
RETURN character.id AS id, character.${CREDIT_ORDER} AS stored, creditOrder AS expected
ORDER BY id`;
