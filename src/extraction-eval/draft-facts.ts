import type { FactsDraft } from "../extract/extract-draft.js";
import type { ClaimRecord, EntityRecord } from "../ingest/facts-schema.js";
import type { EventKind } from "./expected-facts.js";

/** One fact of one kind, as a comparable key and a readable form for the report. */
export interface FactKey {
  key: string;
  label: string;
}

export const KINDS = ["show", "cast", "crew", "networks", "events", "outlets", "quotes", "places"] as const;
export type FactKind = (typeof KINDS)[number];

export type FactsByKind = Record<FactKind, FactKey[]>;

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/** A quote's key: its speaker, its first words (lower case) and the outlet it was given to. */
export function quoteKey(speaker: string, text: string, outlet: string | undefined): string {
  return [clean(speaker), clean(text).toLowerCase(), outlet ? clean(outlet) : "-"].join("|");
}

/** An event's key: kind, season (or "-" for the show) and date as precise as written. */
export function eventKey(kind: EventKind, season: number | undefined, date: string | undefined): string {
  return [kind, season ?? "-", date ?? "-"].join("|");
}

function nameOf(entity: EntityRecord | undefined): string {
  if (!entity) {
    return "?";
  }
  if ("name" in entity && typeof entity.name === "string") {
    return entity.name;
  }
  if ("title" in entity && typeof entity.title === "string") {
    return entity.title;
  }
  return entity.id;
}

const supportStart = (claim: ClaimRecord) => claim.support?.[0]?.start;

/**
 * Reads the facts of each kind out of a draft, the way docs/extraction.md lists them: the first
 * Show entity is the show; PLAYS, WORKED_ON, SET_IN/FILMED_IN/PRODUCED_IN claims are cast, crew and
 * places; every Network and NewsSource entity is a network or outlet named; premiereDate claims
 * (on the show or a Season), status CANCELED/ENDED/RUNNING claims and CARRIES claims with a
 * `validFrom` are events (a renewal is a RUNNING status; a pick-up a dated CARRIES; the season
 * is the Season whose SEASON_OF claim has the same supporting words); quotes are SAID_BY and
 * GIVEN_TO.
 */
export function draftFacts(draft: FactsDraft): FactsByKind {
  const entities = new Map(draft.entities.map((entity) => [`${entity.type}:${entity.id}`, entity]));
  const name = (reference: string | undefined) => nameOf(entities.get(reference ?? ""));
  const claims = (predicate: string) => draft.claims.filter((claim) => claim.predicate === predicate);
  /** The seasons named by the same words as the claim ("renewed it for a second and third season"), or none. */
  const seasonsAt = (claim: ClaimRecord): Array<number | undefined> => {
    const numbers = claims("SEASON_OF")
      .filter((other) => other.support?.some((words) => words.start === supportStart(claim)))
      .map((seasonOf) => entities.get(seasonOf.subject))
      .flatMap((season) => (season?.type === "Season" ? [season.number] : []));
    return numbers.length > 0 ? numbers : [undefined];
  };
  const show = draft.entities.find((entity) => entity.type === "Show");
  const fact = (key: string): FactKey => ({ key, label: key.replace(/\|/g, " · ") });

  const events: FactKey[] = [];
  for (const claim of claims("premiereDate")) {
    const subject = entities.get(claim.subject);
    const season = subject?.type === "Season" ? subject.number : undefined;
    events.push(fact(eventKey("PREMIERED", season, claim.value)));
  }
  const statusEvents: Record<string, EventKind> = {
    CANCELED: "CANCELED",
    ENDED: "ENDED",
    RUNNING: "RENEWED",
  };
  for (const claim of claims("status")) {
    const kind = statusEvents[claim.value ?? ""];
    for (const season of kind === "RENEWED" ? seasonsAt(claim) : kind ? [undefined] : []) {
      events.push(fact(eventKey(kind as EventKind, season, claim.validFrom)));
    }
  }
  for (const claim of claims("CARRIES").filter(
    (carries) => carries.validFrom !== undefined || carries.properties?.original === false,
  )) {
    for (const season of seasonsAt(claim)) {
      events.push(fact(eventKey("PICKED_UP", season, claim.validFrom)));
    }
  }

  const saidBy = new Map(claims("SAID_BY").map((claim) => [claim.subject, name(claim.object)]));
  const givenTo = new Map(claims("GIVEN_TO").map((claim) => [claim.subject, name(claim.object)]));
  return {
    show: show ? [fact(clean(nameOf(show)))] : [],
    cast: claims("PLAYS").map((claim) => fact(`${clean(name(claim.subject))}|${clean(name(claim.object))}`)),
    crew: claims("WORKED_ON").map((claim) =>
      fact(`${clean(name(claim.subject))}|${String(claim.properties?.job)}`),
    ),
    networks: draft.entities
      .filter((entity) => entity.type === "Network")
      .map((entity) => fact(clean(nameOf(entity)))),
    events,
    outlets: draft.entities
      .filter((entity) => entity.type === "NewsSource")
      .map((entity) => fact(clean(nameOf(entity)))),
    quotes: draft.quotes.map((quote) =>
      fact(quoteKey(saidBy.get(`Quote:${quote.id}`) ?? "?", quote.text, givenTo.get(`Quote:${quote.id}`))),
    ),
    places: ["SET_IN", "FILMED_IN", "PRODUCED_IN"].flatMap((role) =>
      claims(role).map((claim) => fact(`${clean(name(claim.object))}|${role}`)),
    ),
  };
}
