import { claimVisible, validToKnown } from "../claim/claim-cypher.js";

/**
 * Cypher fragments over claims for exports. They read `$view` (the provenance API's ClaimView,
 * src/claim/claim-view.ts: exports never include deprecated claims) and `$claimKeys`
 * (relationship-claim-keys.ts); variables they introduce start with `__` so they never capture
 * one of the statement around them.
 */

/** True when the statement exports everything, false in an as-of view. */
export const CURRENT_VIEW_CONDITION = "($view.knownOn IS NULL AND $view.validOn IS NULL)";

/** The visible claims about a node, as its subject or object: a list expression. */
export function nodeClaims(n: string): string {
  return `[(${n})<-[:SUBJECT|OBJECT]-(__c:Claim) WHERE ${claimVisible("__c")} | __c]`;
}

/**
 * The visible claims that state relationship `r` from `start` to `end` (variables bound to its
 * stored ends): a list expression.
 */
export function relationshipClaims(r: string, start: string, end: string): string {
  const distinguishing = `$claimKeys.distinguishing[type(${r})]`;
  const sameFact = [
    `__c.predicate = type(${r})`,
    `(__c.value IS NULL OR ${distinguishing} IS NULL OR __c.value = toString(${r}[${distinguishing}]))`,
    claimVisible("__c"),
  ].join(" AND ");
  return [
    `([(${start})<-[:SUBJECT]-(__c:Claim)-[:OBJECT]->(${end}) WHERE ${sameFact} | __c]`,
    ` + [(${end})<-[:SUBJECT]-(__c:Claim)-[:OBJECT]->(${start}) WHERE type(${r}) IN $claimKeys.symmetric AND ${sameFact} | __c])`,
  ].join("");
}

/** What `toValidity` reads of a claim: its valid time, with an end not yet known hidden. */
export function claimTimeProjection(c: string): string {
  return `{validFrom: ${c}.validFrom, validFromPrecision: ${c}.validFromPrecision,
    validTo: CASE WHEN ${validToKnown(c)} THEN ${c}.validTo END,
    validToPrecision: CASE WHEN ${validToKnown(c)} THEN ${c}.validToPrecision END}`;
}

function outletName(article: string): string {
  return `head([(${article})-[:PUBLISHED_BY]->(__outlet:NewsSource) | __outlet.name])`;
}

function articleFields(article: string): string {
  return `article: ${article}.id, title: ${article}.title, url: ${article}.url,
      publishedDate: ${article}.publishedDate, publishedDatePrecision: ${article}.publishedDatePrecision,
      outlet: ${outletName(article)}`;
}

/** A claim's valid time and its sources: the articles that support it and the reports they relay. */
export function claimSourcesProjection(c: string): string {
  return `{id: ${c}.id, time: ${claimTimeProjection(c)},
    sources: [(${c})-[__support:SUPPORTED_BY]->(__article:Article) | {
      claim: ${c}.id, role: 'SUPPORTS', ${articleFields("__article")},
      quote: __support.quote, start: __support.start, end: __support.end
    }] + [(${c})-[:ORIGINALLY_REPORTED_BY]->(__report:Article) | {
      claim: ${c}.id, role: 'ORIGINAL_REPORT', ${articleFields("__report")},
      quote: null, start: null, end: null
    }]}`;
}
