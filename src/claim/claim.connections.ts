import type { ConnectionDefinition, SortKey } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { claimProjection, claimRankOrder, claimVisible, independentSourceCount } from "./claim-cypher.js";
import { Claim } from "./claim.type.js";
import { toClaim } from "./to-claim.js";

export const ClaimConnection = ConnectionType("Claim", Claim);

/**
 * Every filter of a claims list, read from `$filter` ({predicate, about, source, singleSource},
 * null when not asked) and `$view`. A list's `match` picks the most selective way in; the filter
 * then checks everything, so any combination is right.
 */
const CLAIM_FILTER = [
  "($filter.predicate IS NULL OR c.predicate = $filter.predicate)",
  `($filter.about IS NULL OR EXISTS {
    MATCH (c)-[:SUBJECT|OBJECT]->(__about) WHERE __about.id = $filter.about.key AND $filter.about.label IN labels(__about)
  })`,
  `($filter.source IS NULL OR EXISTS {
    MATCH (c)-[:SUPPORTED_BY|ORIGINALLY_REPORTED_BY]->(__source:Article)
    WHERE ($filter.source.label = 'Article' AND __source.id = $filter.source.key)
      OR ($filter.source.label = 'NewsSource' AND EXISTS { (__source)-[:PUBLISHED_BY]->(:NewsSource {id: $filter.source.key}) })
  })`,
  `($filter.singleSource IS NULL OR (${independentSourceCount("c")} = 1) = $filter.singleSource)`,
  claimVisible("c"),
].join("\n  AND ");

/** By predicate, the preferred claim first. */
const CLAIM_SORT_KEYS: SortKey[] = [
  { expression: "c.predicate" },
  { expression: claimRankOrder("c") },
  { expression: "c.id" },
];

function claimList(name: string, match: string): ConnectionDefinition<Claim> {
  return {
    name,
    match,
    binds: ["c"],
    where: CLAIM_FILTER,
    sortKeys: CLAIM_SORT_KEYS,
    returns: claimProjection("c"),
    toNode: toClaim,
  };
}

export const allClaims = claimList("claims", "MATCH (c:Claim)");

export const claimsWithPredicate = claimList(
  "claims by predicate",
  "MATCH (c:Claim {predicate: $filter.predicate})",
);

export const claimsFromArticle = claimList(
  "claims from an article",
  "MATCH (:Article {id: $filter.source.key})<-[:SUPPORTED_BY|ORIGINALLY_REPORTED_BY]-(c:Claim) WITH DISTINCT c",
);

export const claimsFromNewsSource = claimList(
  "claims from an outlet",
  "MATCH (:NewsSource {id: $filter.source.key})<-[:PUBLISHED_BY]-(:Article)<-[:SUPPORTED_BY|ORIGINALLY_REPORTED_BY]-(c:Claim) WITH DISTINCT c",
);

const claimsAboutByLabel = new Map<string, ConnectionDefinition<Claim>>();

/** Claims with the node as subject or object; `label` comes from the node-types table. */
export function claimsAbout(label: string): ConnectionDefinition<Claim> {
  let definition = claimsAboutByLabel.get(label);
  if (!definition) {
    definition = claimList(
      `claims about a ${label}`,
      `MATCH (:${label} {id: $filter.about.key})<-[:SUBJECT|OBJECT]-(c:Claim) WITH DISTINCT c`,
    );
    claimsAboutByLabel.set(label, definition);
  }
  return definition;
}

/** What an article claims (it supports them or is their original report). */
export const articleClaims = claimList(
  "Article.claims",
  "MATCH (:Article {id: parentKey})<-[:SUPPORTED_BY|ORIGINALLY_REPORTED_BY]-(c:Claim) WITH DISTINCT c",
);

/** What an outlet has reported, through any of its articles. */
export const newsSourceClaims = claimList(
  "NewsSource.claims",
  "MATCH (:NewsSource {id: parentKey})<-[:PUBLISHED_BY]-(:Article)<-[:SUPPORTED_BY|ORIGINALLY_REPORTED_BY]-(c:Claim) WITH DISTINCT c",
);
