/**
 * The Cypher of edit records: `(:Edit {id, kind, at, by, reason, summary, idempotencyKey})` with
 * `(:Edit)-[:EDITED]->(x)` to every claim or node it touched. Static text; values are parameters.
 */

/** A map expression of an Edit node `e` for `toEdit`. */
export const EDIT_PROJECTION = "e {.id, .kind, .by, .reason, .summary, .undoneBy, at: toString(e.at)}";

export const RECORD_EDIT = `
CREATE (e:Edit {id: $id, kind: $kind, at: datetime(), by: $by, reason: $reason,
  summary: $summary, idempotencyKey: $idempotencyKey, result: $result, undo: $undo})
WITH e
CALL (e) {
  UNWIND $touchedClaims AS touchedId
  MATCH (c:Claim {id: touchedId})
  CREATE (e)-[:EDITED]->(c)
}
CALL (e) {
  UNWIND $touchedArticles AS touchedId
  MATCH (a:Article {id: touchedId})
  CREATE (e)-[:EDITED]->(a)
}
RETURN ${EDIT_PROJECTION} AS edit`;

/** The first edit made with an idempotency key, and what it returned. */
export const FIND_BY_IDEMPOTENCY_KEY = `
MATCH (e:Edit {idempotencyKey: $idempotencyKey})
RETURN ${EDIT_PROJECTION} AS edit, e.result AS result`;

/**
 * Takes the claim's write lock before reading its version: a write lock held to the end of the
 * transaction, so two editors of one claim are serialised and the second reads the first's
 * version (Neo4j's read-committed reads would otherwise let both see the old one).
 */
export const LOCK_CLAIM = `
MATCH (c:Claim {id: $id})
SET c.editLock = true
REMOVE c.editLock
RETURN coalesce(c.version, 0) AS version, c.rank AS rank, c.predicate AS predicate,
  c.value AS value, c.confidence AS confidence, EXISTS { (c)-[:OBJECT]->() } AS hasObject`;

export const BUMP_VERSION = `
MATCH (c:Claim {id: $id})
SET c.version = coalesce(c.version, 0) + 1
RETURN c.version AS version`;

export const SET_RANK = `
MATCH (c:Claim {id: $id})
SET c.rank = $rank, c.deprecationReason = $deprecationReason`;

export const SET_CONFIDENCE = `
MATCH (c:Claim {id: $id})
SET c.confidence = $confidence, c.confidenceNote = $note`;

/** The article's text, and the starts of the passages of it that already support the claim. */
export const ARTICLE_FOR_SOURCE = `
MATCH (a:Article {id: $article})
RETURN a.text AS text,
  COLLECT { MATCH (:Claim {id: $id})-[s:SUPPORTED_BY]->(a) RETURN s.start } AS supportStarts`;

export const ADD_SUPPORT = `
MATCH (c:Claim {id: $id}), (a:Article {id: $article})
CREATE (c)-[:SUPPORTED_BY {quote: $quote, start: $start, end: $end}]->(a)`;

/** A merge edit with what undo needs; `undoneBy` is the id of the edit that undid it. */
export const FIND_MERGE_EDIT = `
MATCH (e:Edit {id: $id})
SET e.editLock = true
REMOVE e.editLock
RETURN e.kind AS kind, e.undo AS undo, e.undoneBy AS undoneBy`;

export const MARK_UNDONE = `
MATCH (e:Edit {id: $id})
SET e.undoneBy = $undoneBy`;
