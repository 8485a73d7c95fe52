import neo4j from "neo4j-driver";

import { day } from "../../ingest/neo4j-values.js";

/**
 * Properties as a merge keeps them in its edit record (JSON) so that undo can write them back with
 * the same Neo4j types: each value with the type Neo4j's `valueType()` gave it. Without the type,
 * an integer would come back as a float and a Date as a string.
 */
export interface TypedProperty {
  key: string;
  /** Neo4j's valueType(), e.g. "INTEGER NOT NULL", "DATE NOT NULL", "LIST<INTEGER NOT NULL> NOT NULL". */
  type: string;
  /** As the executor returns it: integers as numbers, temporal values as ISO strings. */
  value: unknown;
}

/** A Cypher list expression of `entity`'s properties as TypedProperty maps. */
export function typedPropertiesOf(entity: string): string {
  return `[__key IN keys(${entity}) | {key: __key, type: valueType(${entity}[__key]), value: ${entity}[__key]}]`;
}

/** Back to what the driver writes with the original types; throws on a type merges never see. */
export function fromTypedProperties(properties: TypedProperty[]): Record<string, unknown> {
  return Object.fromEntries(
    properties.map(({ key, type, value }) => [key, fromTyped(type.replace(/ NOT NULL/g, ""), value)]),
  );
}

function fromTyped(type: string, value: unknown): unknown {
  const list = /^LIST<(.*)>$/.exec(type);
  if (list && Array.isArray(value)) {
    return value.map((item) => fromTyped(list[1] as string, item));
  }
  switch (type) {
    case "INTEGER":
      return neo4j.int(value as number);
    case "DATE":
      return day(String(value));
    case "FLOAT":
    case "STRING":
    case "BOOLEAN":
      return value;
    default:
      throw new Error(`A merged property of type ${type} cannot be restored`);
  }
}
