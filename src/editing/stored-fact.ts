import Cypher from "@neo4j/cypher-builder";

import { builtStatement } from "../neo4j/built-statement.js";

import {
  INTEGER_PROPERTIES,
  LIST_PROPERTIES,
  PARTIAL_DATE_PROPERTIES,
  relationshipPredicate,
} from "../ingest/graph-vocabulary.js";
import { integer, partialDateProperties } from "../ingest/neo4j-values.js";
import type { CypherStatement } from "../neo4j/cypher-executor.js";

/**
 * What the graph stores is what its preferred claims say (docs/model.md, "Claims"): after a rank
 * changes, the stored relationship of a relationship claim follows. It exists while any claim of
 * the same subject, predicate, object and value is not DEPRECATED, and is removed when none is.
 * One statement for any number of claims of one predicate (`claimIds`, UNWIND). It is built with
 * @neo4j/cypher-builder because the relationship type and its key property come from the claim;
 * both are checked against the model's vocabulary first (graph-vocabulary.ts), and every value is
 * a parameter.
 *
 * Returns no statement for a predicate that is not a relationship of the model (property claims
 * follow through follow-ranks.ts).
 */
export function syncStoredRelationships(
  predicate: string,
  claimIds: readonly string[],
): CypherStatement | undefined {
  const vocabulary = relationshipPredicate(predicate);
  if (!vocabulary) {
    return undefined;
  }
  const claim = new Cypher.Node();
  const subject = new Cypher.Node();
  const object = new Cypher.Node();
  const other = new Cypher.Node();
  const asserted = new Cypher.Variable();
  const keyValue = claim.property("value");
  const keyProperties = vocabulary.key ? { [vocabulary.key]: keyValue } : undefined;
  const relationship = new Cypher.Relationship();
  const stored = new Cypher.Pattern(subject)
    .related(relationship, { type: predicate, ...(keyProperties ? { properties: keyProperties } : {}) })
    .to(object);

  const assertedByAnyClaim = new Cypher.Exists(
    new Cypher.Match(
      new Cypher.Pattern(other, { labels: ["Claim"] }).related({ type: "SUBJECT" }).to(subject),
      new Cypher.Pattern(other).related({ type: "OBJECT" }).to(object),
    ).where(
      Cypher.and(
        Cypher.eq(other.property("predicate"), claim.property("predicate")),
        Cypher.neq(other.property("rank"), new Cypher.Literal("DEPRECATED")),
        Cypher.or(
          Cypher.and(Cypher.isNull(other.property("value")), Cypher.isNull(claim.property("value"))),
          Cypher.eq(other.property("value"), claim.property("value")),
        ),
      ),
    ),
  );
  const claimId = new Cypher.Variable();
  const statement = Cypher.utils.concat(
    new Cypher.Unwind([new Cypher.Param([...claimIds]), claimId]),
    new Cypher.Match(
      new Cypher.Pattern(claim, { labels: ["Claim"], properties: { id: claimId } })
        .related({ type: "SUBJECT" })
        .to(subject),
      new Cypher.Pattern(claim).related({ type: "OBJECT" }).to(object),
    ).with(claim, subject, object, [assertedByAnyClaim, asserted]),
    new Cypher.Call(new Cypher.With("*").where(Cypher.eq(asserted, new Cypher.Literal(true))).merge(stored), [
      claim,
      subject,
      object,
      asserted,
    ]),
    new Cypher.Call(
      new Cypher.With("*")
        .where(Cypher.eq(asserted, new Cypher.Literal(false)))
        .match(stored)
        .delete(relationship),
      [claim, subject, object, asserted],
    ),
  );
  return builtStatement(statement);
}

/**
 * The node properties a property claim stands for, typed as ingest stores them: a partial date
 * with its precision, an integer, a list (comma-joined in the claim), or a string. With
 * `value: null`, the same keys set to null, which removes them.
 */
export function storedProperties(predicate: string, value: string | null): Record<string, unknown> {
  if (PARTIAL_DATE_PROPERTIES.has(predicate)) {
    const typed = partialDateProperties(predicate, value ?? "2000");
    return value === null ? Object.fromEntries(Object.keys(typed).map((key) => [key, null])) : typed;
  }
  if (value === null) {
    return { [predicate]: null };
  }
  if (INTEGER_PROPERTIES.has(predicate)) {
    return { [predicate]: integer(Number(value)) };
  }
  return { [predicate]: LIST_PROPERTIES.has(predicate) ? value.split(",") : value };
}

/**
 * Makes a property claim the preferred one: the subject's property takes its value, and any other
 * preferred claim of the same subject and predicate becomes NORMAL (and a version newer). Returns
 * the ids of the claims it demoted.
 */
export const PREFER_PROPERTY_CLAIM = `
MATCH (c:Claim {id: $id})-[:SUBJECT]->(s)
SET s += $properties
WITH c, s
OPTIONAL MATCH (s)<-[:SUBJECT]-(other:Claim {predicate: c.predicate, rank: 'PREFERRED'})
WHERE other <> c AND NOT EXISTS { (other)-[:OBJECT]->() }
SET other.rank = 'NORMAL', other.version = coalesce(other.version, 0) + 1
RETURN collect(other.id) AS demoted`;

/**
 * A property claim's subject's id and labels (its name property gives `nameKey`), and the values
 * of the claims of the same subject and predicate that are not DEPRECATED, this one included, the
 * best first: PREFERRED before NORMAL, then those valid today (no `validTo`, or a later one), then the
 * highest confidence, then the id. The first is what the property holds once this claim is no
 * longer preferred; none: the property is removed.
 */
export const PROPERTY_CLAIM_SUBJECT = `
MATCH (c:Claim {id: $id})-[:SUBJECT]->(s)
RETURN s.id AS id, labels(s) AS labels,
  COLLECT { MATCH (s)<-[:SUBJECT]-(other:Claim {predicate: c.predicate})
    WHERE other.rank <> 'DEPRECATED' AND NOT EXISTS { (other)-[:OBJECT]->() }
    RETURN other.value
    ORDER BY CASE other.rank WHEN 'PREFERRED' THEN 0 ELSE 1 END,
      CASE WHEN other.validTo IS NULL OR other.validTo > date() THEN 0 ELSE 1 END,
      coalesce(other.confidence, 0) DESC, other.id } AS standingValues`;

/** Sets the properties of a property claim's subject (null removes one): its fallback, or nothing. */
export const SET_SUBJECT_PROPERTIES = `
MATCH (c:Claim {id: $id})-[:SUBJECT]->(s)
SET s += $properties`;
