/**
 * The fixed tables the ingest path builds its Cypher from: which labels a facts file may create,
 * which property names and matches each one has, and which relationship types a claim may assert
 * between which labels. Nothing a file says ever becomes a label, a type or a property key unless
 * it is one of these (docs/model.md is the model they follow).
 */

/** Labels a facts file may create in `entities` (quotes and the article have sections of their own). */
export const ENTITY_TYPES = [
  "Show",
  "Season",
  "Person",
  "Character",
  "Network",
  "Location",
  "ProductionFactor",
  "NewsSource",
  "Article",
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Labels a claim's subject or object, or a quote's `about`, may name. */
export const REFERENCE_TYPES = [...ENTITY_TYPES, "Quote"] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

/** The property that holds each label's name, from which `nameKey` is derived. */
export const NAME_PROPERTY: Record<ReferenceType, "name" | "title" | null> = {
  Show: "title",
  Season: null,
  Person: "name",
  Character: "name",
  Network: "name",
  Location: "name",
  ProductionFactor: "name",
  NewsSource: "name",
  Article: "title",
  Quote: null,
};

/** Node properties that hold a partial date, stored with its precision beside it (neo4j-values.ts). */
export const PARTIAL_DATE_PROPERTIES: ReadonlySet<string> = new Set([
  "premiereDate",
  "endDate",
  "publishedDate",
]);

/** Node properties stored as Neo4j integers (a JavaScript number would be stored as a float). */
export const INTEGER_PROPERTIES: ReadonlySet<string> = new Set(["number", "seasonCount", "episodeCount"]);

/** Node properties that hold a list; a claim's value gives it comma-joined (docs/model.md). */
export const LIST_PROPERTIES: ReadonlySet<string> = new Set(["originCountries"]);

/** Properties that identify an entity across sources; an entity is matched by these first. */
export const EXTERNAL_KEY_PROPERTIES: Record<ReferenceType, readonly string[]> = {
  Show: ["imdbId", "tmdbId", "tvmazeId", "wikidataId"],
  Person: ["imdbId", "tmdbId", "tvmazeId", "wikidataId"],
  Article: ["url"],
  Season: [],
  Character: [],
  Network: [],
  Location: [],
  ProductionFactor: [],
  NewsSource: [],
  Quote: [],
};

/** Types of a relationship property a claim may set. */
export type RelationshipPropertyKind = "integer" | "integerList" | "boolean" | "string" | "partialDate";

export interface RelationshipPredicate {
  from: ReferenceType;
  to: ReferenceType;
  /** A property that tells two relationships of this type between the same nodes apart (merged on). */
  key?: string;
  properties: Readonly<Record<string, RelationshipPropertyKind>>;
}

const plain = (from: ReferenceType, to: ReferenceType): RelationshipPredicate => ({
  from,
  to,
  properties: {},
});

/** Every relationship a claim may assert. Symmetric ones are stored once, in the direction given. */
export const RELATIONSHIP_PREDICATES = {
  PLAYS: {
    from: "Person",
    to: "Character",
    properties: { billingOrder: "integer", seasons: "integerList", episodeCount: "integer" },
  },
  CHARACTER_IN: plain("Character", "Show"),
  WORKED_ON: { from: "Person", to: "Show", key: "job", properties: { job: "string" } },
  SPOUSE_OF: plain("Character", "Character"),
  EX_PARTNER_OF: plain("Character", "Character"),
  PARENT_OF: plain("Character", "Character"),
  COLLEAGUE_OF: plain("Character", "Character"),
  SEASON_OF: plain("Season", "Show"),
  CARRIES: { from: "Network", to: "Show", properties: { original: "boolean" } },
  CANCELED: { from: "Network", to: "Show", properties: { date: "partialDate" } },
  WITHIN: plain("Location", "Location"),
  SET_IN: plain("Show", "Location"),
  FILMED_IN: plain("Show", "Location"),
  PRODUCED_IN: plain("Show", "Location"),
  AFFECTED: {
    from: "ProductionFactor",
    to: "Show",
    key: "effect",
    properties: { effect: "string", description: "string" },
  },
  INVOLVES: plain("ProductionFactor", "Location"),
  COMPARED_WITH: { from: "ProductionFactor", to: "Show", properties: { description: "string" } },
  RELATED_TO: {
    from: "Show",
    to: "Show",
    key: "reason",
    properties: { reason: "string", description: "string" },
  },
  PUBLISHED_BY: plain("Article", "NewsSource"),
  SAID_BY: plain("Quote", "Person"),
  GIVEN_TO: plain("Quote", "NewsSource"),
} as const satisfies Record<string, RelationshipPredicate>;

export type RelationshipType = keyof typeof RELATIONSHIP_PREDICATES;
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_PREDICATES) as RelationshipType[];

export function relationshipPredicate(predicate: string): RelationshipPredicate | undefined {
  return Object.hasOwn(RELATIONSHIP_PREDICATES, predicate)
    ? (RELATIONSHIP_PREDICATES as Record<string, RelationshipPredicate>)[predicate]
    : undefined;
}
