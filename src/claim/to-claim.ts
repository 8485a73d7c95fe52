import { Article } from "../article/article.type.js";
import { NewsSource } from "../news-source/news-source.type.js";
import type { Node } from "../node/node.interface.js";
import { hydrate } from "../node/node.interface.js";
import { nodeTypeNamed } from "../node/node-types.js";
import { Quote } from "../quote/quote.type.js";
import { Claim } from "./claim.type.js";
import { ClaimSource, ClaimSourceRole } from "./claim-source.type.js";
import { ConfidenceBasis } from "./confidence-derivation.type.js";

type Properties = Record<string, unknown>;

interface SourceRow {
  role: ClaimSourceRole;
  article: Properties;
  outlet: Properties | null;
  quote?: string | null;
  start?: number | null;
  end?: number | null;
  quoteMatchesText?: boolean | null;
  quotedFrom?: Properties | null;
  relays?: Properties | null;
}

interface ClaimRow extends Properties {
  __subject: (Properties & { __labels: string[] }) | null;
  __object: (Properties & { __labels: string[] }) | null;
  __sources: SourceRow[];
  __supportingArticleCount: number;
  __independentSourceCount: number;
}

/** A node of any exposed type; null for a label the API does not expose (yet). */
function toNode(row: (Properties & { __labels: string[] }) | null): Node | null {
  if (!row) {
    return null;
  }
  const { __labels: labels, ...properties } = row;
  const type = labels.map(nodeTypeNamed).find((found) => found !== undefined);
  return type ? hydrate(type.Type, properties) : null;
}

function toSource(row: SourceRow): ClaimSource {
  return Object.assign(new ClaimSource(), {
    role: row.role,
    article: hydrate(Article, row.article),
    outlet: row.outlet ? hydrate(NewsSource, row.outlet) : null,
    quote: row.quote ?? null,
    start: row.start ?? null,
    end: row.end ?? null,
    quoteMatchesText: row.quoteMatchesText ?? null,
    quotedFrom: row.quotedFrom ? hydrate(Quote, row.quotedFrom) : null,
    relays: row.relays ? hydrate(Article, row.relays) : null,
  });
}

/** Supporting passages in reading order, then the reports they relay. */
function bySourceOrder(a: ClaimSource, b: ClaimSource): number {
  const roleOrder = (source: ClaimSource) => (source.role === ClaimSourceRole.SUPPORTS ? 0 : 1);
  return (
    roleOrder(a) - roleOrder(b) ||
    a.article.key.localeCompare(b.article.key) ||
    (a.start ?? 0) - (b.start ?? 0)
  );
}

function basisOf(sources: ClaimSource[]): ConfidenceBasis {
  const supporting = sources.filter((source) => source.role === ClaimSourceRole.SUPPORTS);
  if (supporting.length === 0) {
    return ConfidenceBasis.GENERAL_KNOWLEDGE;
  }
  return supporting.every((source) => source.relays !== null)
    ? ConfidenceBasis.REPORT_OF_A_REPORT
    : ConfidenceBasis.DIRECT;
}

/** Builds a Claim with its details from the map claimProjection() returns. */
export function toClaim(row: Properties): Claim {
  const {
    __subject: subject,
    __object: object,
    __sources: sourceRows,
    __supportingArticleCount: supportingArticleCount,
    __independentSourceCount: independentSourceCount,
    ...properties
  } = row as ClaimRow;
  const claim = hydrate(Claim, properties);
  const sources = sourceRows.map(toSource).sort(bySourceOrder);
  claim.details = {
    subject: toNode(subject),
    object: toNode(object),
    hasObject: object !== null,
    sources,
    derivation: {
      score: claim.confidence,
      basis: basisOf(sources),
      supportingArticleCount,
      independentSourceCount,
      note: claim.confidenceNote ?? null,
    },
  };
  return claim;
}
