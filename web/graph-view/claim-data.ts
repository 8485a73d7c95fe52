import type { GraphNode } from "./graph-data.js";

/** The shapes of Claim, ClaimSource and PartialDate (schema/schema.graphql) the evidence panel reads. */
export interface PartialDate {
  /** "2021", "2021-09" or "2021-09-14": as much of the date as is known. */
  value: string;
  precision: "DAY" | "MONTH" | "YEAR";
}

export type ClaimRank = "PREFERRED" | "NORMAL" | "DEPRECATED";

export interface ArticleSummary {
  id: string;
  title: string | null;
  url: string | null;
  author: string | null;
  publishedOn: PartialDate | null;
  publisher: { name: string; url: string | null } | null;
}

export interface ClaimSource {
  role: "SUPPORTS" | "ORIGINAL_REPORT";
  quote: string | null;
  /** UTF-16 offsets of the quote in the article's text. */
  start: number | null;
  end: number | null;
  url: string | null;
  publishedOn: PartialDate | null;
  outlet: { name: string; url: string | null } | null;
  article: ArticleSummary;
  /** The earlier report a supporting article relays for this claim. */
  relays: ArticleSummary | null;
  quotedFrom: { saidBy: { name: string } | null; givenTo: { name: string } | null } | null;
}

export interface Claim {
  id: string;
  predicate: string;
  value: string | null;
  rank: ClaimRank;
  deprecationReason: string | null;
  confidence: number;
  confidenceDerivation: { note: string | null };
  validFrom: PartialDate | null;
  validTo: PartialDate | null;
  knownFrom: PartialDate | null;
  knownFromBasis:
    "CITED_REPORT" | "EDIT" | "GENERAL_KNOWLEDGE" | "PUBLIC_EVENT" | "SUPPORTING_ARTICLE" | null;
  subject: GraphNode | null;
  object: GraphNode | null;
  sources: ClaimSource[];
}

const ARTICLE_FIELDS = `id title url author publishedOn { value precision } publisher { name url }`;

/** Everything a claim card shows; the article texts are fetched apart (see evidence-queries.ts). */
export const CLAIM_FRAGMENT = `
fragment EvidenceClaim on Claim {
  id predicate value rank deprecationReason confidence
  confidenceDerivation { note }
  validFrom { value precision } validTo { value precision }
  knownFrom { value precision } knownFromBasis
  subject { __typename id displayName } object { __typename id displayName }
  sources {
    role quote start end url
    publishedOn { value precision }
    outlet { name url }
    article { ${ARTICLE_FIELDS} }
    relays { ${ARTICLE_FIELDS} }
    quotedFrom { saidBy { name } givenTo { name } }
  }
}`;
