import { hydrate } from "../node/node.interface.js";
import { Person } from "../person/person.type.js";
import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { QUOTE_PLACEMENT_PROJECTION, QuotePlacement, toQuotePlacement } from "./quote-placement.type.js";
import { Quote } from "./quote.type.js";

export const QuoteConnection = ConnectionType("Quote", Quote);
export const QuotePlacementConnection = ConnectionType("QuotePlacement", QuotePlacement);

/** The quotes of an article, in reading order. */
export const articleQuotes: ConnectionDefinition<Quote> = {
  name: "Article.quotes",
  match: "MATCH (quote:Quote)-[placement:QUOTED_IN]->(:Article {id: parentKey})",
  binds: ["quote", "placement"],
  sortKeys: [{ expression: "placement.start" }, { expression: "quote.id" }],
  returns: "quote {.*}",
  toNode: (row) => hydrate(Quote, row),
};

/** The words people said to an outlet (interviews). */
export const newsSourceQuotes: ConnectionDefinition<Quote> = {
  name: "NewsSource.quotes",
  match: "MATCH (quote:Quote)-[:GIVEN_TO]->(:NewsSource {id: parentKey})",
  binds: ["quote"],
  sortKeys: [{ expression: "quote.id" }],
  returns: "quote {.*}",
  toNode: (row) => hydrate(Quote, row),
};

export const quotePlacements: ConnectionDefinition<QuotePlacement> = {
  name: "Quote.quotedIn",
  match: "MATCH (quote:Quote {id: parentKey})-[placement:QUOTED_IN]->(article:Article)",
  binds: ["quote", "placement", "article"],
  sortKeys: [{ expression: "article.id" }, { expression: "placement.start" }],
  returns: QUOTE_PLACEMENT_PROJECTION,
  toNode: toQuotePlacement,
};

export const quoteSpeaker: ConnectionDefinition<Person> = {
  name: "Quote.saidBy",
  match: "MATCH (:Quote {id: parentKey})-[:SAID_BY]->(person:Person)",
  binds: ["person"],
  sortKeys: [{ expression: "person.id" }],
  returns: "person {.*}",
  toNode: (row) => hydrate(Person, row),
};
