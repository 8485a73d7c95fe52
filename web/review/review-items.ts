import type { ExtractAnswer, FactsRecord } from "./extract-request.js";

export type ItemKind = "entities" | "quotes" | "claims";
export type Decision = "undecided" | "accepted" | "rejected";

/** Words of the article at UTF-16 offsets [start, end). */
export interface Span {
  start: number;
  end: number;
}

/** One proposal of the draft a person decides on: an entity, a quote or a claim. */
export interface ReviewItem {
  kind: ItemKind;
  /** Its place in the draft: `claims[3]`; stable while the page is open. */
  key: string;
  /** The record as it will be written, edits included. */
  record: FactsRecord;
  decision: Decision;
  edited: boolean;
  /** The words it came from. */
  spans: Span[];
}

function spansOf(parts: Array<{ start?: unknown; end?: unknown }> | undefined): Span[] {
  return (parts ?? []).flatMap(({ start, end }) =>
    typeof start === "number" && typeof end === "number" ? [{ start, end }] : [],
  );
}

/** The draft's proposals, each undecided, with the words each came from. */
export function reviewItems({ draft, mentions }: ExtractAnswer): ReviewItem[] {
  const item = (kind: ItemKind, index: number, record: FactsRecord, spans: Span[]): ReviewItem => ({
    kind,
    key: `${kind}[${index}]`,
    record: structuredClone(record),
    decision: "undecided",
    edited: false,
    spans,
  });
  return [
    ...draft.entities.map((entity, index) =>
      item(
        "entities",
        index,
        entity,
        mentions.filter((mention) => mention.entity === `${entity.type}:${entity.id}`),
      ),
    ),
    ...draft.quotes.map((quote, index) => item("quotes", index, quote, spansOf([quote]))),
    ...draft.claims.map((claim, index) =>
      item("claims", index, claim, spansOf(claim.support as Array<{ start?: unknown; end?: unknown }>)),
    ),
  ];
}

/** A reference (`Person:lior-raz`) to the entity item it names. */
export function referenceOf(item: ReviewItem): string | null {
  return item.kind === "entities" ? `${String(item.record.type)}:${String(item.record.id)}` : null;
}

/** The facts document of the accepted items, and which item each record of it came from. */
export interface ReviewedDocument {
  document: FactsRecord;
  /** `claims[0]` of the document → the item, to place the service's problems on the cards. */
  itemAt: Map<string, ReviewItem>;
}

/**
 * The facts file (docs/ingestion.md) a review makes: the article, then only the accepted
 * entities, quotes and claims, each claim marked reviewed (a person has checked it). Cited reports
 * that were rejected are no longer cited. Nothing here checks the file: the service does
 * (POST /facts/check, and ingestFacts with dryRun), with the same code as `showgraph ingest`.
 */
export function reviewedDocument(
  answer: ExtractAnswer,
  article: FactsRecord,
  items: ReviewItem[],
): ReviewedDocument {
  const itemAt = new Map<string, ReviewItem>();
  const accepted = (kind: ItemKind) =>
    items
      .filter((item) => item.kind === kind && item.decision === "accepted")
      .map((item, index) => {
        itemAt.set(`${kind}[${index}]`, item);
        return kind === "claims" ? withoutReviewedFalse(item.record) : item.record;
      });
  const entities = accepted("entities");
  const articleIds = new Set(
    entities.filter((entity) => entity.type === "Article").map((entity) => entity.id),
  );
  const cites = ((article.cites as string[] | undefined) ?? []).filter((id) => articleIds.has(id));
  const rest = { ...article };
  delete rest.cites;
  return {
    document: {
      format: answer.draft.format,
      article: cites.length > 0 ? { ...rest, cites } : rest,
      entities,
      quotes: accepted("quotes"),
      claims: accepted("claims"),
    },
    itemAt,
  };
}

function withoutReviewedFalse(record: FactsRecord): FactsRecord {
  const rest = { ...record };
  delete rest.reviewed;
  return rest;
}
