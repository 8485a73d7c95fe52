import { toGlobalId } from "../common/global-id.js";
import { withPartialDates } from "../common/partial-date.js";

/**
 * A node with everything stored on it, for any consumer (GraphQL, exports); `properties.id` is
 * `key`. Partial dates are as much as is known ("2021-09"), their precision beside them.
 */
export interface PlainNode {
  label: string;
  key: string;
  properties: Record<string, unknown>;
}

/** A relationship in its stored direction, its ends named by label and key. */
export interface PlainRelationship {
  /** Opaque, derived from Neo4j's element id: stable while the relationship exists. */
  id: string;
  type: string;
  startLabel: string;
  startKey: string;
  endLabel: string;
  endKey: string;
  properties: Record<string, unknown>;
}

export interface PlainSubgraph {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
  /** True when `limit` cut nodes off. */
  truncated: boolean;
}

/** Nodes and relationships in path order: nodes[i] and nodes[i + 1] are joined by relationships[i]. */
export interface PlainPath {
  length: number;
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** The registered label of a node: statements that use these projections take `$typeLabels`. */
function labelOf(variable: string): string {
  return `[label IN labels(${variable}) WHERE label IN $typeLabels][0]`;
}

/** A Cypher map expression that `toPlainNode` reads; `variable` is a variable of the statement. */
export function nodeProjection(variable: string): string {
  return `{label: ${labelOf(variable)}, key: ${variable}.id, properties: properties(${variable})}`;
}

/** A Cypher map expression that `toPlainRelationship` reads. */
export function relationshipProjection(variable: string): string {
  const start = `startNode(${variable})`;
  const end = `endNode(${variable})`;
  return [
    `{elementId: elementId(${variable}), type: type(${variable}),`,
    `startLabel: ${labelOf(start)}, startKey: ${start}.id,`,
    `endLabel: ${labelOf(end)}, endKey: ${end}.id, properties: properties(${variable})}`,
  ].join(" ");
}

interface NodeRow {
  label: string | null;
  key: string;
  properties: Record<string, unknown>;
}

interface RelationshipRow {
  elementId: string;
  type: string;
  startLabel: string | null;
  startKey: string;
  endLabel: string | null;
  endKey: string;
  properties: Record<string, unknown>;
}

/** Null for a node whose label has no registered type yet. */
export function toPlainNode(row: unknown): PlainNode | null {
  const { label, key, properties } = row as NodeRow;
  return label == null ? null : { label, key: String(key), properties: withPartialDates(properties) };
}

/** Null when an end's label has no registered type yet. */
export function toPlainRelationship(row: unknown): PlainRelationship | null {
  const { elementId, type, startLabel, startKey, endLabel, endKey, properties } = row as RelationshipRow;
  if (startLabel == null || endLabel == null) {
    return null;
  }
  return {
    id: toGlobalId("Relationship", elementId),
    type,
    startLabel,
    startKey: String(startKey),
    endLabel,
    endKey: String(endKey),
    properties: withPartialDates(properties),
  };
}
