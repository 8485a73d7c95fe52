import { registerEnumType } from "type-graphql";

export enum SearchableType {
  SHOW = "SHOW",
  PERSON = "PERSON",
  CHARACTER = "CHARACTER",
  NETWORK = "NETWORK",
  LOCATION = "LOCATION",
  PRODUCTION_FACTOR = "PRODUCTION_FACTOR",
  NEWS_SOURCE = "NEWS_SOURCE",
  ARTICLE = "ARTICLE",
}

registerEnumType(SearchableType, {
  name: "SearchableType",
  description: "A kind of entity that search finds by its name or title.",
});

/** The label of each searchable type: the labels of the full-text index (migration 0005). */
export const SEARCHABLE_LABEL = {
  SHOW: "Show",
  PERSON: "Person",
  CHARACTER: "Character",
  NETWORK: "Network",
  LOCATION: "Location",
  PRODUCTION_FACTOR: "ProductionFactor",
  NEWS_SOURCE: "NewsSource",
  ARTICLE: "Article",
} as const satisfies Record<SearchableType, string>;
