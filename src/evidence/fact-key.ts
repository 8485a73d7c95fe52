import { Node } from "../node/node.interface.js";
import type { NodeRef } from "../node/node-ref.js";
import { nodeRef } from "../node/node-ref.js";

/**
 * What a piece of evidence is asked for: the claims with this subject and, when given, this
 * predicate, object and value. The key of the generic evidence loader.
 */
export interface FactKey {
  subject: NodeRef;
  predicate: string | null;
  object: NodeRef | null;
  value: string | null;
}

/** Claims about a node's own properties (and its outgoing relationships when predicate is null). */
export function propertyFact(subject: Node, predicate: string | null = null): FactKey {
  return { subject: nodeRef(subject), predicate, object: null, value: null };
}

/**
 * The relationship property that tells two relationships of one type between the same nodes
 * apart; its value is the claim's `value` (docs/model.md, Provenance).
 */
export const DISTINGUISHING_PROPERTY: Readonly<Record<string, string>> = {
  AFFECTED: "effect",
  WORKED_ON: "job",
  RELATED_TO: "reason",
};

/** Stored once in a fixed direction and read undirected, so their claims may point either way. */
export const SYMMETRIC_TYPES: ReadonlySet<string> = new Set([
  "SPOUSE_OF",
  "EX_PARTNER_OF",
  "COLLEAGUE_OF",
  "RELATED_TO",
]);

export interface RelationshipDescription {
  /** The Neo4j relationship type, e.g. "WORKED_ON". */
  type: string;
  start: NodeRef | Node;
  end: NodeRef | Node;
  /** The relationship's properties, or at least its distinguishing one (effect, job, reason). */
  properties?: Record<string, unknown>;
}

function toRef(node: NodeRef | Node): NodeRef {
  return node instanceof Node ? nodeRef(node) : node;
}

/** The fact key(s) of one relationship: both directions for a symmetric type. */
export function relationshipFacts({ type, start, end, properties = {} }: RelationshipDescription): FactKey[] {
  const property = DISTINGUISHING_PROPERTY[type];
  const raw = property === undefined ? null : properties[property];
  const value = raw == null ? null : String(raw);
  const forward: FactKey = { subject: toRef(start), predicate: type, object: toRef(end), value };
  return SYMMETRIC_TYPES.has(type)
    ? [forward, { ...forward, subject: forward.object as NodeRef, object: forward.subject }]
    : [forward];
}
