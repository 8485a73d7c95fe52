import { articleSummary } from "../article/article.type.js";
import { certainlyBy, earliestDay } from "./temporal-cypher.js";

/**
 * Cypher fragments over a claim variable, shared by every statement that returns claims so that
 * visibility, order and shape are decided in one place. They read the request's view from the
 * `$view` parameter ({includeDeprecated, knownOn, validOn}, see claim-view.ts). Variables they
 * introduce start with `__` so they never capture a variable of the statement around them.
 */

/** The claim's end of validity is known as of `$view.knownOn` (an end learnt later is hidden). */
export function validToKnown(c: string): string {
  return `($view.knownOn IS NULL OR ${c}.validToKnownFrom IS NULL OR ${certainlyBy(`${c}.validToKnownFrom`, `${c}.validToKnownFromPrecision`, "date($view.knownOn)")})`;
}

/**
 * Whether a claim belongs to the request's view: deprecated ones only on request; as known on a
 * day, only claims certainly known by then (general knowledge always); as things were on a day,
 * only claims certainly valid then.
 */
export function claimVisible(c: string): string {
  return [
    `($view.includeDeprecated OR ${c}.rank <> 'DEPRECATED')`,
    `($view.knownOn IS NULL OR ${c}.knownFromBasis = 'GENERAL_KNOWLEDGE' OR ${certainlyBy(`${c}.knownFrom`, `${c}.knownFromPrecision`, "date($view.knownOn)")})`,
    `($view.validOn IS NULL OR ((${c}.validFrom IS NULL OR ${certainlyBy(`${c}.validFrom`, `${c}.validFromPrecision`, "date($view.validOn)")})` +
      ` AND (${c}.validTo IS NULL OR NOT ${validToKnown(c)} OR date($view.validOn) < ${earliestDay(`${c}.validTo`, `${c}.validToPrecision`)})))`,
  ].join(" AND ");
}

/** Preferred first, then the most confident. */
export function claimRankOrder(c: string): string {
  return `CASE ${c}.rank WHEN 'PREFERRED' THEN 0 WHEN 'NORMAL' THEN 1 ELSE 2 END`;
}

export function claimOrder(c: string): string {
  return `${claimRankOrder(c)}, ${c}.confidence DESC, ${c}.id`;
}

/**
 * Independent sources: supporting articles, each counted as the report it relays when it relays
 * one for this claim, then counted once per outlet (an article without a known outlet counts alone).
 */
export function independentSourceCount(c: string): string {
  return `COUNT {
    MATCH (${c})-[:SUPPORTED_BY]->(__article:Article)
    OPTIONAL MATCH (__article)-[:CITES]->(__report:Article)<-[:ORIGINALLY_REPORTED_BY]-(${c})
    WITH coalesce(__report, __article) AS __origin
    OPTIONAL MATCH (__origin)-[:PUBLISHED_BY]->(__outlet:NewsSource)
    RETURN DISTINCT coalesce('outlet:' + __outlet.id, 'article:' + __origin.id) AS __independent
  }`;
}

function outletOf(article: string): string {
  return `head([(${article})-[:PUBLISHED_BY]->(__outlet:NewsSource) | __outlet {.*}])`;
}

function nodeWithLabels(pattern: string): string {
  return `head([${pattern} | __node {.*, __labels: labels(__node)}])`;
}

/** The map every claim statement returns; to-claim.ts turns it into a Claim with its details. */
export function claimProjection(c: string): string {
  return `${c} {
    .*,
    validTo: CASE WHEN ${validToKnown(c)} THEN ${c}.validTo END,
    validToPrecision: CASE WHEN ${validToKnown(c)} THEN ${c}.validToPrecision END,
    __subject: ${nodeWithLabels(`(${c})-[:SUBJECT]->(__node)`)},
    __object: ${nodeWithLabels(`(${c})-[:OBJECT]->(__node)`)},
    __sources: [(${c})-[__support:SUPPORTED_BY]->(__article:Article) | {
        role: 'SUPPORTS',
        article: ${articleSummary("__article")},
        outlet: ${outletOf("__article")},
        quote: __support.quote,
        start: __support.start,
        end: __support.end,
        quoteMatchesText: CASE WHEN __article.text IS NULL THEN null
          ELSE substring(__article.text, __support.start, __support.end - __support.start) = __support.quote END,
        quotedFrom: head([(__quote:Quote)-[__placement:QUOTED_IN]->(__article)
          WHERE __placement.start <= __support.start AND __support.end <= __placement.end | __quote {.*}]),
        relays: head([(__article)-[:CITES]->(__report:Article)<-[:ORIGINALLY_REPORTED_BY]-(${c}) | ${articleSummary("__report")}])
      }] + [(${c})-[:ORIGINALLY_REPORTED_BY]->(__report:Article) | {
        role: 'ORIGINAL_REPORT',
        article: ${articleSummary("__report")},
        outlet: ${outletOf("__report")}
      }],
    __supportingArticleCount: COUNT { MATCH (${c})-[:SUPPORTED_BY]->(__article:Article) RETURN DISTINCT __article },
    __independentSourceCount: ${independentSourceCount(c)}
  }`;
}
