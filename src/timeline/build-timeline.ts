import { Article } from "../article/article.type.js";
import type { Claim } from "../claim/claim.type.js";
import { toClaim } from "../claim/to-claim.js";
import { partialDateFromIso } from "../common/partial-date-from-iso.js";
import { hydrate } from "../node/node.interface.js";
import { Quote } from "../quote/quote.type.js";
import type { Timeline, TimelineEvent } from "./timeline.type.js";
import { TimelineEventKind } from "./timeline-event-kind.enum.js";

type Properties = Record<string, unknown>;

/** What timeline.batch.ts returns for one show. */
export interface TimelineRow {
  title: string;
  claims: { claim: Properties; actor: string | null }[];
  reports: { article: Properties; outlet: string | null; evidence: Properties[] }[];
  quotes: { quote: Properties; speaker: string | null; outlet: string | null; evidence: Properties[] }[];
}

function event(fields: Partial<TimelineEvent> & Pick<TimelineEvent, "kind" | "description">): TimelineEvent {
  return { date: null, evidence: [], article: null, quotes: [], ...fields };
}

/** One event per kind of dated claim; several claims of a kind (sources disagreeing) are one event. */
function claimEvents(title: string, rows: TimelineRow["claims"]): TimelineEvent[] {
  const byPredicate = new Map<string, { claims: Claim[]; actor: string | null }>();
  for (const row of rows) {
    const claim = toClaim(row.claim);
    const group = byPredicate.get(claim.predicate) ?? { claims: [], actor: row.actor };
    group.claims.push(claim);
    byPredicate.set(claim.predicate, group);
  }
  return [...byPredicate].map(([predicate, { claims, actor }]) => {
    // Claims arrive preferred first: the date is the preferred claim's.
    const [preferred] = claims as [Claim, ...Claim[]];
    switch (predicate) {
      case "premiereDate":
        return event({
          kind: TimelineEventKind.PREMIERE,
          date: partialDateFromIso(preferred.value),
          description: `${title} premiered`,
          evidence: claims,
        });
      case "CANCELED":
        return event({
          kind: TimelineEventKind.CANCELED,
          date: preferred.validFromDate,
          description: `${actor ?? "Its network"} canceled ${title}`,
          evidence: claims,
        });
      default:
        return event({
          kind: TimelineEventKind.PRODUCTION_DELAYED,
          date: preferred.validFromDate,
          description: `Production of ${title} was delayed by the ${actor ?? "circumstances"}`,
          evidence: claims,
        });
    }
  });
}

function reportEvents(rows: TimelineRow["reports"]): TimelineEvent[] {
  return rows.map(({ article: properties, outlet, evidence }) => {
    const article = hydrate(Article, properties);
    return event({
      kind: TimelineEventKind.REPORTED,
      date: article.publishedOn,
      description: article.title
        ? `${outlet ?? "An article of unknown outlet"} published “${article.title}”`
        : `${outlet ?? "An unknown outlet"} published a report, known only through the articles that cite it`,
      evidence: evidence.map(toClaim),
      article,
    });
  });
}

/** One interview per speaker and outlet, with all the words reported from it. */
function interviewEvents(title: string, rows: TimelineRow["quotes"]): TimelineEvent[] {
  const byInterview = new Map<string, TimelineEvent>();
  for (const { quote, speaker, outlet, evidence } of rows) {
    const key = JSON.stringify([speaker, outlet]);
    const interview =
      byInterview.get(key) ??
      event({
        kind: TimelineEventKind.INTERVIEW,
        description: `${speaker ?? "Someone"} spoke about ${title}${outlet ? ` to ${outlet}` : ""}`,
      });
    interview.quotes.push(hydrate(Quote, quote));
    interview.evidence.push(...evidence.map(toClaim));
    byInterview.set(key, interview);
  }
  // As known on a day, an interview shows only once a claim about it was known.
  return [...byInterview.values()].filter((interview) => interview.evidence.length > 0);
}

const KIND_ORDER = Object.values(TimelineEventKind);

function byDate(a: TimelineEvent, b: TimelineEvent): number {
  return (
    (a.date?.earliest ?? "").localeCompare(b.date?.earliest ?? "") ||
    (a.date?.latest ?? "").localeCompare(b.date?.latest ?? "") ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    a.description.localeCompare(b.description)
  );
}

export function buildTimeline(row: TimelineRow | null): Timeline {
  if (!row) {
    return { events: [], undated: [] };
  }
  const all = [
    ...claimEvents(row.title, row.claims),
    ...reportEvents(row.reports),
    ...interviewEvents(row.title, row.quotes),
  ].sort(byDate);
  return { events: all.filter((item) => item.date), undated: all.filter((item) => !item.date) };
}
