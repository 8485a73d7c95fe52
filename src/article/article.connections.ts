import { hydrate } from "../node/node.interface.js";
import type { ConnectionDefinition, SortKey } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { Article, articleSummary } from "./article.type.js";

export const ArticleConnection = ConnectionType("Article", Article);

/** Newest first; undated articles last. */
const ARTICLE_SORT_KEYS: SortKey[] = [
  { expression: "coalesce(toString(article.publishedDate), '')", descending: true },
  { expression: "article.id" },
];

function articleList(name: string, match: string): ConnectionDefinition<Article> {
  return {
    name,
    match,
    binds: ["article"],
    sortKeys: ARTICLE_SORT_KEYS,
    returns: articleSummary("article"),
    toNode: (row) => hydrate(Article, row),
  };
}

export const allArticles = articleList("articles", "MATCH (article:Article)");

export const articleCites = articleList(
  "Article.cites",
  "MATCH (:Article {id: parentKey})-[:CITES]->(article:Article)",
);

export const articleCitedBy = articleList(
  "Article.citedBy",
  "MATCH (:Article {id: parentKey})<-[:CITES]-(article:Article)",
);

export const newsSourceArticles = articleList(
  "NewsSource.articles",
  "MATCH (:NewsSource {id: parentKey})<-[:PUBLISHED_BY]-(article:Article)",
);
