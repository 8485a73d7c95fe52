import type { AttributeKind, AttributeSchema } from "./attribute-schema.js";
import type { ExportNode, ExportRelationship } from "./export-graph.js";

/** One column of the flat formats (CSV, GraphML, GEXF): a name, a kind and where its value comes from. */
export interface Column<Element> {
  name: string;
  kind: AttributeKind;
  value(element: Element): unknown;
}

type NodeColumn = Column<ExportNode>;
type EdgeColumn = Column<ExportRelationship>;

const NODE_HEAD: NodeColumn[] = [
  { name: "id", kind: "string", value: (n) => n.id },
  { name: "type", kind: "string", value: (n) => n.node.label },
  { name: "key", kind: "string", value: (n) => n.node.key },
  { name: "label", kind: "string", value: (n) => n.label },
];

const NODE_TAIL: NodeColumn[] = [
  { name: "validFrom", kind: "string", value: (n) => n.validity.validFrom },
  { name: "validTo", kind: "string", value: (n) => n.validity.validTo },
];

const EDGE_HEAD: EdgeColumn[] = [
  { name: "id", kind: "string", value: (e) => e.relationship.id },
  { name: "type", kind: "string", value: (e) => e.relationship.type },
  { name: "source", kind: "string", value: (e) => e.source },
  { name: "target", kind: "string", value: (e) => e.target },
];

const EDGE_TAIL: EdgeColumn[] = [
  { name: "validFrom", kind: "string", value: (e) => e.validity.validFrom },
  { name: "validTo", kind: "string", value: (e) => e.validity.validTo },
  { name: "sources", kind: "json", value: (e) => e.sources },
];

/** A stored property named like one of the fixed columns is written as `property.<name>`. */
function propertyColumns<Element>(
  attributes: AttributeSchema["node"],
  fixed: Column<Element>[],
  properties: (element: Element) => Record<string, unknown>,
): Column<Element>[] {
  const taken = new Set(fixed.map((column) => column.name));
  return attributes.map(({ name, kind }) => ({
    name: taken.has(name) ? `property.${name}` : name,
    kind,
    value: (element: Element) => properties(element)[name],
  }));
}

export function nodeColumns(schema: AttributeSchema): NodeColumn[] {
  const fixed = [...NODE_HEAD, ...NODE_TAIL];
  return [...NODE_HEAD, ...propertyColumns(schema.node, fixed, (n) => n.node.properties), ...NODE_TAIL];
}

export function edgeColumns(schema: AttributeSchema): EdgeColumn[] {
  const fixed = [...EDGE_HEAD, ...EDGE_TAIL];
  return [
    ...EDGE_HEAD,
    ...propertyColumns(schema.edge, fixed, (e) => e.relationship.properties),
    ...EDGE_TAIL,
  ];
}

/**
 * A value as text for the flat formats; null when there is none (an empty cell, no attribute).
 * Lists and objects are JSON, so a list of strings that contain commas survives.
 */
export function columnText(value: unknown, kind: AttributeKind): string | null {
  if (value == null) {
    return null;
  }
  if (kind === "json" || (typeof value === "object" && kind === "string")) {
    return JSON.stringify(value);
  }
  return String(value);
}
