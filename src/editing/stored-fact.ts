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
 * The statement is built with @neo4j/cypher-builder because the relationship type and its key
 * property come from the claim; both are checked against the model's vocabulary first
 * (graph-vocabulary.ts), and every value is a parameter.
 *
 * Returns no statement for a predicate that is not a relationship of the model (property claims:
 * see `syncStoredProperty`).
 */
export function syncStoredRelationship(claimId: string, predicate: string): CypherStatement | undefined {
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
  const statement = Cypher.utils.concat(
    new Cypher.Match(
      new Cypher.Pattern(claim, { labels: ["Claim"], properties: { id: new Cypher.Param(claimId) } })
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

/** Removes the stored property a preferred property claim stood for, when it is demoted. */
export const UNSTORE_PROPERTY_CLAIM = `
MATCH (c:Claim {id: $id})-[:SUBJECT]->(s)
SET s += $properties`;
