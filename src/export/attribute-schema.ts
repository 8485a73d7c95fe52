import { CREDIT_ORDER } from "../credit/credit-order.js";

/**
 * How a stored property is written: GraphML and GEXF declare a type per attribute before any
 * element, so the kinds of every property are known before the first node is written.
 * Lists (and anything else structured) are written as JSON text.
 */
export type AttributeKind = "string" | "long" | "double" | "boolean" | "json";

export interface Attribute {
  name: string;
  kind: AttributeKind;
}

/** The stored properties of the exported nodes and relationships, by name. */
export interface AttributeSchema {
  node: Attribute[];
  edge: Attribute[];
}

/**
 * Properties that are not attributes: `id` is exported as the node's `key`; `nameKey` is a
 * lookup index's copy of the name; `creditOrder` a character's copy of its show's date and name
 * (src/credit/credit-order.ts).
 */
const HIDDEN_NODE_PROPERTIES: ReadonlySet<string> = new Set(["id", "nameKey", CREDIT_ORDER]);

export function isExportedNodeProperty(name: string): boolean {
  return !HIDDEN_NODE_PROPERTIES.has(name);
}

/** Two kinds met under one name (a property stored as a number here, a string there). */
function mergeKinds(a: AttributeKind, b: AttributeKind): AttributeKind {
  if (a === b) {
    return a;
  }
  const numeric = new Set<AttributeKind>(["long", "double"]);
  return numeric.has(a) && numeric.has(b) ? "double" : "string";
}

/** The kind of a Neo4j `valueType()` name, e.g. "INTEGER NOT NULL" or "LIST<STRING NOT NULL> NOT NULL". */
export function kindOfValueType(valueType: string): AttributeKind {
  const [base = ""] = valueType.split(/[\s<]/);
  switch (base) {
    case "INTEGER":
      return "long";
    case "FLOAT":
      return "double";
    case "BOOLEAN":
      return "boolean";
    case "LIST":
    case "MAP":
      return "json";
    default:
      return "string";
  }
}

/** The kind of a property value as the executor returns it (Neo4j temporal values are ISO strings). */
export function kindOfValue(value: unknown): AttributeKind {
  switch (typeof value) {
    case "number":
      return Number.isInteger(value) ? "long" : "double";
    case "boolean":
      return "boolean";
    case "object":
      return value === null ? "string" : "json";
    default:
      return "string";
  }
}

/** Collects property names and kinds, merging the kinds met under one name; sorted by name. */
export class AttributeCollector {
  readonly #kinds = new Map<string, AttributeKind>();

  add(name: string, kind: AttributeKind): void {
    const known = this.#kinds.get(name);
    this.#kinds.set(name, known === undefined ? kind : mergeKinds(known, kind));
  }

  addProperties(properties: Record<string, unknown>, include: (name: string) => boolean = () => true): void {
    for (const [name, value] of Object.entries(properties)) {
      if (value != null && include(name)) {
        this.add(name, kindOfValue(value));
      }
    }
  }

  attributes(): Attribute[] {
    return [...this.#kinds]
      .map(([name, kind]) => ({ name, kind }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}
