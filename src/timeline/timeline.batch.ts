import { articleSummary } from "../article/article.type.js";
import type { BatchDefinition } from "../batch/batch-definition.js";
import { claimOrder, claimProjection, claimVisible } from "../claim/claim-cypher.js";
import { certainlyBy } from "../claim/temporal-cypher.js";
import type { TimelineRow } from "./build-timeline.js";

/** The visible claims with `node` as subject, preferred first. */
function evidenceAbout(node: string): string {
  return `COLLECT {
      MATCH (${node})<-[:SUBJECT]-(e:Claim) WHERE ${claimVisible("e")}
      WITH e ORDER BY ${claimOrder("e")}
      RETURN ${claimProjection("e")}
    }`;
}

/**
 * Everything a show's timeline is made of, for every show of a query level at once: the dated
 * claims (premiere, cancellation, production delay), the articles with claims about the show,
 * and the quotes about it. build-timeline.ts turns it into events.
 */
export const timelineBatch: BatchDefinition<string, TimelineRow | null> = {
  name: "Show.timeline",
  statement: () => `
UNWIND range(0, size($keys) - 1) AS index
MATCH (show:Show {id: $keys[index]})
CALL (show) {
  MATCH (show)<-[:SUBJECT|OBJECT]-(c:Claim)
  WHERE ((c.predicate = 'premiereDate' AND (c)-[:SUBJECT]->(show))
      OR (c.predicate = 'CANCELED' AND (c)-[:OBJECT]->(show))
      OR (c.predicate = 'AFFECTED' AND c.value = 'DELAYED_PRODUCTION' AND (c)-[:OBJECT]->(show)))
    AND ${claimVisible("c")}
  WITH c ORDER BY ${claimOrder("c")}
  RETURN collect({claim: ${claimProjection("c")}, actor: head([(c)-[:SUBJECT]->(actor) | actor.name])}) AS claims
}
CALL (show) {
  MATCH (show)<-[:SUBJECT|OBJECT]-(:Claim)-[:SUPPORTED_BY|ORIGINALLY_REPORTED_BY]->(article:Article)
  WITH DISTINCT article
  WHERE $view.knownOn IS NULL OR ${certainlyBy("article.publishedDate", "article.publishedDatePrecision", "date($view.knownOn)")}
  WITH article ORDER BY article.id
  RETURN collect({
    article: ${articleSummary("article")},
    outlet: head([(article)-[:PUBLISHED_BY]->(outlet:NewsSource) | outlet.name]),
    evidence: ${evidenceAbout("article")}
  }) AS reports
}
CALL (show) {
  MATCH (show)<-[:ABOUT]-(quote:Quote)
  WITH quote ORDER BY quote.id
  RETURN collect({
    quote: quote {.*},
    speaker: head([(quote)-[:SAID_BY]->(speaker:Person) | speaker.name]),
    outlet: head([(quote)-[:GIVEN_TO]->(outlet:NewsSource) | outlet.name]),
    evidence: ${evidenceAbout("quote")}
  }) AS quotes
}
RETURN index, {title: show.title, claims: claims, reports: reports, quotes: quotes} AS result`,
  toResult: (result) => (result as TimelineRow | undefined) ?? null,
};
