import type { ReferenceType } from "./graph-vocabulary.js";
import { withNameKey } from "./derived-name-key.js";
import { INTEGER_PROPERTIES, PARTIAL_DATE_PROPERTIES } from "./graph-vocabulary.js";
import { day, integer, partialDateProperties } from "./neo4j-values.js";

/** Fields of entity records that are not node properties. */
const STRUCTURE_FIELDS = new Set([
  "type",
  "id",
  "note",
  "show",
  "knownFor",
  "externalIds",
  "outlet",
  "cites",
]);
/** A record's `externalIds` by source -> the node property each is stored (and matched) as. */
const EXTERNAL_ID_FIELDS = {
  imdb: "imdbId",
  tmdb: "tmdbId",
  tvmaze: "tvmazeId",
  wikidata: "wikidataId",
} as const;

/**
 * A record's fields as node properties: partial dates with their precision, integers as integers,
 * `nameKey` (the folded name it is found by) and the external keys (externalKeys) beside them.
 */
export function nodeProperties(
  label: ReferenceType,
  record: Record<string, unknown>,
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(record)) {
    if (STRUCTURE_FIELDS.has(name) || value === undefined) {
      continue;
    }
    if (PARTIAL_DATE_PROPERTIES.has(name)) {
      Object.assign(properties, partialDateProperties(name, value as string));
    } else if (name === "retrievedDate") {
      properties[name] = day(value as string);
    } else if (INTEGER_PROPERTIES.has(name)) {
      properties[name] = integer(value as number);
    } else {
      properties[name] = value;
    }
  }
  Object.assign(properties, externalKeys(record));
  return withNameKey([label], properties);
}

/** The external ids a record gives (`externalIds`, an article's url) as the node properties it is matched by. */
export function externalKeys(record: Record<string, unknown>): Record<string, string> {
  const keys: Record<string, string> = {};
  const ids = (record.externalIds ?? {}) as Partial<Record<keyof typeof EXTERNAL_ID_FIELDS, string>>;
  for (const [source, property] of Object.entries(EXTERNAL_ID_FIELDS)) {
    const id = ids[source as keyof typeof EXTERNAL_ID_FIELDS];
    if (id !== undefined) {
      keys[property] = id;
    }
  }
  if (record.type === "Article" && typeof record.url === "string") {
    keys.url = record.url;
  }
  return keys;
}

/**
 * The properties a claim gives its relationship, as Neo4j values (the key property, stored on the
 * claim as its value, excepted): a `date` as a partial date with its precision, numbers as integers.
 */
export function relationshipProperties(
  given: Record<string, unknown>,
  key: string | undefined,
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(given)) {
    if (name === key || value === undefined) {
      continue;
    }
    if (name === "date") {
      Object.assign(properties, partialDateProperties(name, value as string));
    } else if (typeof value === "number") {
      properties[name] = integer(value);
    } else if (Array.isArray(value)) {
      properties[name] = value.map((item) => (typeof item === "number" ? integer(item) : item));
    } else {
      properties[name] = value;
    }
  }
  return properties;
}
