import { toShortSlug } from "../common/slug.js";
import { FACTS_FORMAT } from "../ingest/facts-schema.js";
import type { ClaimRecord, EntityRecord, QuoteRecord } from "../ingest/facts-schema.js";
import { prepareArticle } from "./article-input.js";
import type { ArticleContext } from "./article-context.js";
import { readArticleContext, sentenceAt } from "./article-context.js";
import { addEvents, addNetworks } from "./draft-events.js";
import { addPeople, addQuotes } from "./draft-people.js";
import { DraftBuilder, idOf, support } from "./draft-builder.js";
import { findNetworks } from "./find-networks.js";
import { findOutlets } from "./find-outlets.js";
import { findPlaceRoles } from "./find-place-roles.js";
import { findPlaces, knownPlace } from "./find-places.js";
import { findShow } from "./find-show.js";
import { languageWarning } from "./language-check.js";
import { readNlpDocument } from "./nlp-document.js";

export interface ExtractOptions {
  /** The article's id; default: from its title. */
  articleId?: string;
  /** The show the article is about; default: found in the headline or the body. */
  showTitle?: string;
  url?: string;
}

/**
 * A facts document (docs/ingestion.md) whose claims all say `reviewed: false`. This shape is
 * stable for other tools (a review page): new fields are only ever added, and optional.
 */
export interface FactsDraft {
  format: typeof FACTS_FORMAT;
  article: { id: string; title: string; url?: string; text: string; cites?: string[] };
  entities: EntityRecord[];
  quotes: QuoteRecord[];
  claims: ClaimRecord[];
}

/** A draft and what its reader should know first (markup stripped, a language not supported). */
export interface ExtractResult {
  draft: FactsDraft;
  warnings: string[];
}

/** `extractDraft` with the warnings about the input: the command line prints them and heads the YAML with them. */
export function extractArticle(text: string, options: ExtractOptions = {}): ExtractResult {
  const article = prepareArticle(text);
  const draft = extractDraft(text, options);
  const language = languageWarning(readNlpDocument(article.analysisText));
  return { draft, warnings: [...article.warnings, ...(language ? [language] : [])] };
}

/** "When will Hit & Run Season 2 be released?" -> "Hit & Run"; "'The Last of Us' Season 2 Adds ..." -> "The Last of Us". */
export function guessShowTitle(text: string): string | undefined {
  return findShow(readArticleContext(prepareArticle(text).analysisText))?.title;
}

/**
 * Proposes a facts file from an article's text, as given (plain text, or HTML pasted as text):
 * the show, its cast, crew, networks and dated events (premieres, renewals, cancellations, pick-ups,
 * endings; seasons apart from the show), the outlets and reports it cites, quoted speech with
 * speaker and outlet, and where the show is set, filmed and produced. Sentences, tokens and dates
 * come from the NLP library (nlp-document.ts); the rules for TV and journalism are this
 * folder's find-*.ts files. Every claim carries its words with offsets into the text as given, and
 * `reviewed: false`: a person checks each before ingesting. Throws `ArticleInputError` for input
 * that is not an article (empty, binary, too large).
 */
export function extractDraft(text: string, options: ExtractOptions = {}): FactsDraft {
  const article = prepareArticle(text);
  const context = readArticleContext(article.analysisText);
  const title = context.headline.text.replace(/\s+/g, " ") || "Untitled";
  const found = options.showTitle ? undefined : findShow(context);
  const showTitle = options.showTitle ?? found?.title ?? "Unknown show";
  const showId = idOf(showTitle);
  const builder = new DraftBuilder();
  const show = builder.entity({
    type: "Show",
    id: showId,
    title: showTitle,
    note: options.showTitle
      ? "given on the command line"
      : found
        ? `found in ${found.how}: check it`
        : "not found: name it",
  });
  const places = findPlaces(context.text);
  const placeRoles = findPlaceRoles(context);
  const placeNames = new Set([
    ...places.map(({ place }) => place.name),
    ...placeRoles.map(({ place }) => place),
  ]);
  const networks = findNetworks(context, new Set([...placeNames, showTitle]));
  const networkNames = new Set(networks.map(({ network }) => network.name));
  const people = addPeople(builder, context, {
    show,
    showId,
    showTitle,
    notPeople: new Set([...networkNames, ...placeNames, showTitle]),
  });
  const outlets = findOutlets(context, new Set([...networkNames, ...people.names(), showTitle]));
  addNetworks(builder, networks);
  addEvents(builder, context, { show, showId, networks });
  const reports = addOutlets(builder, context, outlets, showId);
  addQuotes(builder, context, { show, people, outlets });
  addPlaces(builder, { show, places, placeRoles });
  // The rules read the copy with markup blanked out; quotes give the text as given at the same offsets.
  for (const claim of builder.claims) {
    claim.support = claim.support?.map((words) => ({
      ...words,
      quote: text.slice(words.start ?? 0, words.end ?? 0),
    }));
  }
  for (const quote of builder.quotes) {
    quote.text = text.slice(quote.start ?? 0, quote.end ?? 0);
  }
  return {
    format: FACTS_FORMAT,
    article: {
      id: options.articleId ?? (toShortSlug(title, 60) || "article"),
      title,
      ...(options.url ? { url: options.url } : {}),
      text,
      ...(reports.length > 0 ? { cites: reports } : {}),
    },
    entities: builder.entities,
    quotes: builder.quotes,
    claims: builder.claims,
  };
}

/** Outlets as NewsSource entities; a report an outlet published becomes an Article the article cites, dated when the sentence dates it. */
function addOutlets(
  builder: DraftBuilder,
  context: ArticleContext,
  outlets: ReturnType<typeof findOutlets>,
  showId: string,
): string[] {
  const cites: string[] = [];
  for (const mention of outlets) {
    const outlet = builder.entity({
      type: "NewsSource",
      id: idOf(mention.name),
      name: mention.name,
      note: `named at ${mention.span.start}: "${mention.span.quote}"`,
    });
    if (!mention.reported) {
      continue;
    }
    const id = `${idOf(mention.name)}-${showId}-report`;
    const report = builder.entity({
      type: "Article",
      id,
      note: `${mention.name}'s report, passed on by this article: add its title and URL if known`,
    });
    if (!cites.includes(id)) {
      cites.push(id);
    }
    builder.claim({
      subject: report,
      predicate: "PUBLISHED_BY",
      object: outlet,
      support: support(mention.span),
    });
    const sentence = sentenceAt(context, mention.span.start);
    const dated = context.dates.find(
      (date) =>
        date.start >= mention.span.end && date.start - mention.span.end <= 12 && date.end <= sentence.end,
    );
    if (dated) {
      // "Website Deadline reported in September 2021": the words that date the report.
      const verb = /\b(?:reported|reports|revealed|announced|confirmed)\b/.exec(mention.span.quote);
      const from = verb ? mention.span.start + verb.index : mention.span.start;
      const words = { quote: context.text.slice(from, dated.end), start: from, end: dated.end };
      builder.claim({ subject: report, predicate: "publishedDate", value: dated.value, support: [words] });
    }
  }
  return cites;
}

/** Every place named, as a Location; SET_IN, FILMED_IN and PRODUCED_IN claims where the words say so. */
function addPlaces(
  builder: DraftBuilder,
  found: {
    show: string;
    places: ReturnType<typeof findPlaces>;
    placeRoles: ReturnType<typeof findPlaceRoles>;
  },
): void {
  for (const { place, span } of found.places) {
    builder.entity({
      type: "Location",
      id: idOf(place.name),
      name: place.name,
      kind: place.kind,
      countryCode: place.countryCode,
      note: `named at ${span.start} ("${span.quote}"): add SET_IN, FILMED_IN or PRODUCED_IN claims if the article says so`,
    });
  }
  for (const { place, role, span } of found.placeRoles) {
    const known = knownPlace(place);
    const location = builder.entity({
      type: "Location",
      id: idOf(place),
      name: known?.name ?? place,
      ...(known ? { kind: known.kind, countryCode: known.countryCode } : {}),
    });
    builder.claim({ subject: found.show, predicate: role, object: location, support: support(span) });
  }
}
