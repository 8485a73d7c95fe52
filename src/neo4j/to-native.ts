import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isRelationship,
  isTime,
  isPoint,
} from "neo4j-driver";

/**
 * Converts what the driver returns into plain JSON-like values, once, at the edge of the data
 * layer: Neo4j integers become numbers (throwing rather than silently losing precision), temporal
 * values become ISO strings, nodes and relationships become plain objects.
 */
export function toNative(value: unknown): unknown {
  if (value == null || typeof value !== "object") {
    return value;
  }
  // Lists and maps are most of what a statement returns (a page of projected rows): answered
  // before the eleven driver type checks below, which each read a marker property.
  if (Array.isArray(value)) {
    return value.map(toNative);
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    return plainMap(value as Record<string, unknown>);
  }
  if (isInt(value)) {
    if (!value.inSafeRange()) {
      throw new RangeError(`Integer ${value.toString()} does not fit in a JavaScript number`);
    }
    return value.toNumber();
  }
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value) ||
    isPoint(value)
  ) {
    return value.toString();
  }
  if (isNode(value)) {
    return { elementId: value.elementId, labels: value.labels, properties: toNative(value.properties) };
  }
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startNodeElementId: value.startNodeElementId,
      endNodeElementId: value.endNodeElementId,
      properties: toNative(value.properties),
    };
  }
  if (isPath(value)) {
    return { segments: value.segments.map((segment) => toNative({ ...segment })) };
  }
  return plainMap(value as Record<string, unknown>);
}

function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  // A loop rather than Object.entries/fromEntries: no pair arrays per key (a page of rows is
  // thousands of small maps; this was among the top self times in bench:query's profile).
  const plain: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    plain[key] = toNative(value[key]);
  }
  return plain;
}
