import type { NodeRef, RelationshipInput } from "./facts-input.js";
import type { FieldProblem } from "./facts-problem.js";
import type { ClaimRecord } from "./facts-schema.js";
import { UNCLAIMABLE_PROPERTIES } from "./derived-name-key.js";
import type { RelationshipPredicate, RelationshipType } from "./graph-vocabulary.js";
import { relationshipPredicate } from "./graph-vocabulary.js";
import { partialDateProperties } from "./neo4j-values.js";
import { relationshipProperties } from "./record-properties.js";

/** What a claim record states, as the writer needs it, and the rules of the model it breaks. */
export interface CheckedClaim {
  /**
   * The claim node's properties as Neo4j values: predicate, value (a relationship's key value),
   * rank, confidence, the known and valid times (partial dates with their precision).
   */
  properties: Record<string, unknown>;
  /** For a relationship predicate: the relationship the claim asserts. */
  relationship?: RelationshipInput;
  /** In the order of the fields checked; paths relative to the claim's record. Empty when none. */
  problems: FieldProblem[];
}

type Fail = (path: ReadonlyArray<PropertyKey>, message: string) => void;

/** Claim fields copied as they are onto the claim node. */
const PLAIN_FIELDS = ["rank", "confidence", "confidenceNote", "deprecationReason", "knownFromBasis"] as const;
/** Claim fields stored as partial dates with their precision. */
const DATE_FIELDS = ["validFrom", "validTo", "validToKnownFrom", "knownFrom"] as const;

/**
 * Checks a claim record (the schema already passed) against what needs no other record: a
 * relationship predicate links the labels graph-vocabulary.ts gives it, with its key and only its
 * properties, and no value; a property claim has a value and neither object nor properties; a
 * DEPRECATED claim says why; a drafted claim was reviewed; knownFrom and knownFromBasis come
 * together, validToKnownFrom only with validTo. `subject` and `object` are the record's references.
 */
export function checkClaim(record: ClaimRecord, subject: NodeRef, object: NodeRef | undefined): CheckedClaim {
  const problems: FieldProblem[] = [];
  const fail: Fail = (path, message) => problems.push({ path, message });
  const predicate = relationshipPredicate(record.predicate);
  const properties: Record<string, unknown> = { predicate: record.predicate };
  let relationship: RelationshipInput | undefined;
  if (predicate) {
    relationship = checkRelationshipClaim(record, predicate, subject, object, fail);
    if (relationship.key) {
      properties.value = relationship.key.value;
    }
  } else {
    checkPropertyClaim(record, fail);
    if (record.value !== undefined) {
      properties.value = record.value;
    }
  }
  checkStanding(record, fail);
  for (const name of PLAIN_FIELDS) {
    if (record[name] !== undefined) {
      properties[name] = record[name];
    }
  }
  for (const name of DATE_FIELDS) {
    const value = record[name];
    if (value !== undefined) {
      Object.assign(properties, partialDateProperties(name, value));
    }
  }
  return { properties, ...(relationship ? { relationship } : {}), problems };
}

/** A relationship claim's rules; the relationship it asserts (without its key when that is missing). */
function checkRelationshipClaim(
  record: ClaimRecord,
  relationship: RelationshipPredicate,
  subject: NodeRef,
  object: NodeRef | undefined,
  fail: Fail,
): RelationshipInput {
  const links = `${record.predicate} links a ${relationship.from} to a ${relationship.to}`;
  if (subject.label !== relationship.from) {
    fail(["subject"], `${links}: the subject must be a ${relationship.from}`);
  }
  if (!object) {
    fail(["object"], `required: ${links}`);
  } else if (object.label !== relationship.to) {
    fail(["object"], `${links}: the object must be a ${relationship.to}`);
  }
  if (record.value !== undefined) {
    fail(
      ["value"],
      `a ${record.predicate} claim has no value${relationship.key ? ` (its ${relationship.key} is in properties)` : ""}`,
    );
  }
  const given = record.properties ?? {};
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(relationship.properties, name)) {
      const allowed = Object.keys(relationship.properties);
      fail(
        ["properties", name],
        `${record.predicate} has ${allowed.length === 0 ? "no properties" : `only ${allowed.join(", ")}`}`,
      );
    }
  }
  const keyValue = relationship.key ? (given as Record<string, unknown>)[relationship.key] : undefined;
  if (relationship.key && typeof keyValue !== "string") {
    fail(["properties", relationship.key], `required: it tells ${record.predicate} relationships apart`);
  }
  return {
    type: record.predicate as RelationshipType,
    ...(relationship.key && typeof keyValue === "string"
      ? { key: { name: relationship.key, value: keyValue } }
      : {}),
    properties: relationshipProperties(given, relationship.key),
  };
}

/** A property claim's rules: a claimable property, a value, and no object or properties. */
function checkPropertyClaim(record: ClaimRecord, fail: Fail): void {
  if (UNCLAIMABLE_PROPERTIES.has(record.predicate)) {
    fail(
      ["predicate"],
      `"${record.predicate}" is not a fact: ${record.predicate === "id" ? "it is the node's identity" : "it is derived from other properties"}`,
    );
  }
  if (record.object !== undefined) {
    fail(["object"], `"${record.predicate}" is a property claim: it has a value, not an object`);
  }
  if (record.properties !== undefined) {
    fail(
      ["properties"],
      `"${record.predicate}" is a property claim: properties belong to relationship claims`,
    );
  }
  if (record.value === undefined) {
    fail(["value"], "required for a property claim");
  }
}

/** The rules of a claim's rank, review and times, whatever its predicate. */
function checkStanding(record: ClaimRecord, fail: Fail): void {
  if (record.rank === "DEPRECATED" && record.deprecationReason === undefined) {
    fail(["deprecationReason"], "required for a DEPRECATED claim: say why it is wrong");
  }
  if (record.reviewed === false) {
    fail(
      ["reviewed"],
      "this drafted claim is unreviewed: check it against the article, then remove `reviewed: false`",
    );
  }
  if (record.knownFromBasis !== undefined && record.knownFrom === undefined) {
    fail(["knownFrom"], "required with knownFromBasis: when it became known");
  }
  if (record.knownFrom !== undefined && record.knownFromBasis === undefined) {
    fail(
      ["knownFromBasis"],
      "required with knownFrom: what it rests on (PUBLIC_EVENT); without both, ingest derives the known time from the sources",
    );
  }
  if (record.validToKnownFrom !== undefined && record.validTo === undefined) {
    fail(["validToKnownFrom"], "only with validTo: it says when that end became known");
  }
}
