import { toShortSlug, toSlug } from "../common/slug.js";
import { FACTS_FORMAT } from "../ingest/facts-schema.js";
import type { ClaimRecord, EntityRecord, QuoteRecord } from "../ingest/facts-schema.js";
import { findCast } from "./find-cast.js";
import { findDates } from "./find-dates.js";
import { findOutlets } from "./find-outlets.js";
import { findPlaces } from "./find-places.js";
import { findQuotes } from "./find-quotes.js";
import type { TextSpan } from "./text-span.js";
import { sentenceAround } from "./text-span.js";

export interface ExtractOptions {
  /** The article's id; default: from its title. */
  articleId?: string;
  /** The show the article is about; default: guessed from the title or the cast list's heading. */
  showTitle?: string;
  url?: string;
}

/** A facts document (docs/ingestion.md) whose claims all say `reviewed: false`. */
export interface FactsDraft {
  format: typeof FACTS_FORMAT;
  article: { id: string; title: string; url?: string; text: string; cites?: string[] };
  entities: EntityRecord[];
  quotes: QuoteRecord[];
  claims: ClaimRecord[];
}

/** How far before quoted words "an interview with X" still tells whom they were given to. */
const INTERVIEW_REACH = 600;

function support(span: TextSpan) {
  return [{ quote: span.quote, start: span.start, end: span.end }];
}

/** "When will Hit & Run Season 2 be released?" -> "Hit & Run"; "The Fauda cast" -> "Fauda". */
export function guessShowTitle(text: string): string | undefined {
  const title = text.split("\n").find((line) => line.trim() !== "") ?? "";
  const token = String.raw`(?:\p{Lu}[\p{L}’'-]*|&|\d+)`;
  const beforeSeason = new RegExp(
    String.raw`(${token}(?:[ \t]+(?:${token}|of|the|and))*)[ \t]+[Ss]eason[ \t]+\d`,
    "u",
  );
  const castHeading = new RegExp(
    String.raw`The[ \t]+(${token}(?:[ \t]+(?:${token}|of|the|and))*)[ \t]+cast\b`,
    "u",
  );
  return beforeSeason.exec(title)?.[1] ?? castHeading.exec(text)?.[1];
}

/**
 * Proposes a facts file from an article's raw text, by rules only (no network, no model): the cast
 * ("Actor as Character"), the outlets it names, dated events (premiered, canceled, renewed,
 * reported), quoted speech and its speaker, and the places named. Every claim carries its quote
 * with offsets and `reviewed: false`: a person checks each against the article before ingesting.
 */
export function extractDraft(text: string, options: ExtractOptions = {}): FactsDraft {
  const title = (text.split("\n").find((line) => line.trim() !== "") ?? "Untitled").trim();
  const showTitle = options.showTitle ?? guessShowTitle(text) ?? "Unknown show";
  const showId = toSlug(showTitle) || "unknown-show";
  const show = `Show:${showId}`;
  const draft: FactsDraft = {
    format: FACTS_FORMAT,
    article: {
      id: options.articleId ?? (toShortSlug(title, 60) || "article"),
      title,
      ...(options.url ? { url: options.url } : {}),
      text,
    },
    entities: [
      {
        type: "Show",
        id: showId,
        title: showTitle,
        note: options.showTitle ? "given on the command line" : "guessed from the title: check it",
      },
    ],
    quotes: [],
    claims: [],
  };
  const entityIds = new Set([show]);
  const addEntity = (entity: EntityRecord) => {
    const key = `${entity.type}:${entity.id}`;
    if (!entityIds.has(key)) {
      entityIds.add(key);
      draft.entities.push(entity);
    }
    return key;
  };
  const claimKeys = new Set<string>();
  const addClaim = (claim: Omit<ClaimRecord, "reviewed">) => {
    const key = [claim.subject, claim.predicate, claim.object, claim.value].join("|");
    if (!claimKeys.has(key)) {
      claimKeys.add(key);
      draft.claims.push({ ...claim, reviewed: false });
    }
  };

  findCast(text).forEach(({ actor, character, span }, index) => {
    const person = addEntity({ type: "Person", id: toSlug(actor), name: actor });
    const role = addEntity({
      type: "Character",
      id: `${showId}/${toSlug(character)}`,
      name: character,
      show: showId,
    });
    addClaim({
      subject: person,
      predicate: "PLAYS",
      object: role,
      properties: { billingOrder: index + 1 },
      support: support(span),
    });
    addClaim({ subject: role, predicate: "CHARACTER_IN", object: show, support: support(span) });
  });

  const outlets = findOutlets(text);
  const reports = new Map<string, { outlet: string; sentence: { start: number; end: number } }>();
  for (const mention of outlets) {
    const outlet = addEntity({
      type: "NewsSource",
      id: toSlug(mention.name),
      name: mention.name,
      note: `named at ${mention.span.start}: "${mention.span.quote}"`,
    });
    if (mention.reported) {
      const report = addEntity({
        type: "Article",
        id: `${toSlug(mention.name)}-${showId}-report`,
        note: `${mention.name}'s report, passed on by this article: add its title and URL if known`,
      });
      reports.set(report, { outlet, sentence: sentenceAround(text, mention.span.start) });
      addClaim({
        subject: report,
        predicate: "PUBLISHED_BY",
        object: outlet,
        support: support(mention.span),
      });
    }
  }
  if (reports.size > 0) {
    draft.article.cites = [...reports.keys()].map((key) => key.slice("Article:".length));
  }

  for (const { value, event, span } of findDates(text)) {
    if (event === "premiered") {
      addClaim({ subject: show, predicate: "premiereDate", value, support: support(span) });
    } else if (event === "canceled" || event === "renewed") {
      addClaim({
        subject: show,
        predicate: "status",
        value: event === "canceled" ? "CANCELED" : "RUNNING",
        validFrom: value,
        support: support(span),
      });
    } else {
      const report = [...reports].find(
        ([, { sentence }]) => sentence.start <= span.start && span.end <= sentence.end,
      );
      if (report) {
        addClaim({ subject: report[0], predicate: "publishedDate", value, support: support(span) });
      }
    }
  }

  const quoteCounts = new Map<string, number>();
  for (const { speaker, runs, attribution } of findQuotes(text)) {
    const speakerId = toSlug(speaker);
    const person = addEntity({ type: "Person", id: speakerId, name: speaker });
    const interview = outlets
      .filter((mention) => mention.interview && mention.span.end <= (runs[0]?.start ?? attribution.start))
      .filter((mention) => (runs[0]?.start ?? attribution.start) - mention.span.end <= INTERVIEW_REACH)
      .at(-1);
    for (const run of runs) {
      const count = (quoteCounts.get(speakerId) ?? 0) + 1;
      quoteCounts.set(speakerId, count);
      const id = `${speakerId}-quote-${count}`;
      draft.quotes.push({ id, text: run.quote, start: run.start, end: run.end, about: [show] });
      addClaim({
        subject: `Quote:${id}`,
        predicate: "SAID_BY",
        object: person,
        support: support(attribution),
      });
      if (interview) {
        addClaim({
          subject: `Quote:${id}`,
          predicate: "GIVEN_TO",
          object: `NewsSource:${toSlug(interview.name)}`,
          support: support(interview.span),
        });
      }
    }
  }

  for (const { place, span } of findPlaces(text)) {
    const key = `Location:${toSlug(place.name)}`;
    if (!entityIds.has(key)) {
      addEntity({
        type: "Location",
        id: toSlug(place.name),
        name: place.name,
        kind: place.kind,
        countryCode: place.countryCode,
        note: `named at ${span.start} ("${span.quote}"): add SET_IN, FILMED_IN or PRODUCED_IN claims if the article says so`,
      });
    }
  }
  return draft;
}
