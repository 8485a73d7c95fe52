import { hydrate } from "../node/node.interface.js";
import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { NewsSource } from "./news-source.type.js";

export const NewsSourceConnection = ConnectionType("NewsSource", NewsSource);

function newsSourceList(name: string, match: string): ConnectionDefinition<NewsSource> {
  return {
    name,
    match,
    binds: ["source"],
    sortKeys: [{ expression: "coalesce(source.nameKey, '')" }, { expression: "source.id" }],
    returns: "source {.*}",
    toNode: (row) => hydrate(NewsSource, row),
  };
}

export const allNewsSources = newsSourceList("newsSources", "MATCH (source:NewsSource)");

export const articlePublisher = newsSourceList(
  "Article.publisher",
  "MATCH (:Article {id: parentKey})-[:PUBLISHED_BY]->(source:NewsSource)",
);

export const quoteOutlet = newsSourceList(
  "Quote.givenTo",
  "MATCH (:Quote {id: parentKey})-[:GIVEN_TO]->(source:NewsSource)",
);
