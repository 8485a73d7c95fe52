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
 * values become ISO strings, nodes and relationships become plain objects. The driver's lists
 * and maps are converted in place and returned.
 */
export function toNative(value: unknown): unknown {
  if (value == null || typeof value !== "object") {
    return value;
  }
  // Lists and maps are most of what a statement returns (a page of projected rows): answered
  // before the eleven driver type checks below, which each read a marker property.
  if (Array.isArray(value)) {
    // In place: the driver made these lists and maps for this result alone, and copying them
    // doubled what each request allocates (garbage collection was the top self time under load).
    for (let index = 0; index < value.length; index += 1) {
      value[index] = toNative(value[index]);
    }
    return value;
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
  // Some other object: copied, since it is not known to be the driver's alone.
  return plainMap({ ...(value as Record<string, unknown>) });
}

/** Converts a driver map's values in place (see the lists above), without pair arrays per key. */
function plainMap(value: Record<string, unknown>): Record<string, unknown> {
  for (const key in value) {
    const entry = value[key];
    if (entry !== null && typeof entry === "object") {
      value[key] = toNative(entry);
    }
  }
  return value;
}
