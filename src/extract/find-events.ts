import type { ArticleContext } from "./article-context.js";
import { clausesOf } from "./clauses.js";
import type { NlpSpan } from "./nlp-document.js";
import type { DateInText } from "./partial-dates.js";
import { monthNumber } from "./partial-dates.js";
import type { SeasonMention } from "./season-mentions.js";
import { finalSeasonOf, findSeasons, ordinalBefore } from "./season-mentions.js";
import type { TextSpan } from "./text-span.js";
import { spanOf } from "./text-span.js";

export type EventKind = "PREMIERED" | "CANCELED" | "RENEWED" | "ENDED" | "PICKED_UP";

export interface EventMention {
  kind: EventKind;
  /** The season it concerns; none for the show itself (a first season's premiere is the show's). */
  season?: number;
  /** As precise as the text: "2021-08". */
  date?: string;
  /** From the event word to its date (or the clause's words that state it). */
  span: TextSpan;
  /** Where the event word is, so the draft can find the network named with it. */
  cue: NlpSpan;
}

/** Event words, in the forms journalists use. "finale dropped" is not a premiere. */
const CUES: Array<{ kind: EventKind; pattern: RegExp; returning?: boolean; needsSeason?: boolean }> = [
  {
    kind: "ENDED",
    pattern:
      /\b(?:final episode|series finale|last episode)[ \t]+(?:aired|airs|dropped|streamed)\b|\b(?:ended|concluded|wrapped its run|will end|will conclude|ends|End|Ends)\b/gu,
  },
  {
    kind: "PREMIERED",
    pattern:
      /\b(?:premiered|premieres|premiere|debuted|debuts|debut|released|release|came out|comes out|launched|launches|arrived|arrives|arrive|drops|aired|airs|followed|will follow|(?:is|are) expected in|(?:began|begins|begin)[ \t]+(?:airing|streaming|its run)|(?:began|begins|opened|opens|bowed|bows)(?=[ \t]+on\b))\b/gu,
  },
  { kind: "PREMIERED", pattern: /\b(?:returned|returns|came back|comes back)\b/gu, returning: true },
  {
    kind: "CANCELED",
    pattern:
      /\b(?:canceled|cancelled|cancels|Cancels|cancel|axed|axes|Axes|pulled the plug|will not return|won['’]t return|will not be returning|not be renewed)\b/gu,
  },
  { kind: "RENEWED", pattern: /\b(?:renewed|renews|Renewed|Renews|ordered)\b/gu },
  {
    kind: "RENEWED",
    pattern:
      /\b(?:bring back|brings back|bringing back|(?:will be|is|are) back for|(?:is|are) coming back for)\b/gu,
    needsSeason: true,
  },
  {
    kind: "PICKED_UP",
    pattern:
      /\b(?:picked up|picks up|Picks Up|picked it up|picked the show up|acquired|bought|buys|(?<!(?:[Pp]roduction|[Ff]ilming|[Ss]hooting)[ \t]+)moved to|landed at|lands at|revived|saved by)\b/gu,
  },
];

/** "later that year": the year of the date written before it. */
const THAT_YEAR = /\b(?:later|earlier)?[ \t]*(?:that|the same)[ \t]+year\b/gu;
/** "that December": a month of the year of the date written before it. */
const THAT_MONTH =
  /\b(?:that|the same)[ \t]+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b/gu;

interface Cue {
  kind: EventKind;
  start: number;
  end: number;
  returning: boolean;
  needsSeason: boolean;
}

/** Distance from a cue to something in its clause; what precedes the cue is a little further. */
function distance(cue: Cue, span: { start: number; end: number }): number {
  return span.start >= cue.end ? span.start - cue.end : (cue.start - span.end) * 1.5;
}

function nearestCue(
  cues: Cue[],
  span: { start: number; end: number },
  accepts: (cue: Cue) => boolean,
): Cue | undefined {
  return cues.filter(accepts).sort((a, b) => distance(a, span) - distance(b, span))[0];
}

/**
 * Events and their dates, clause by clause: each date and each season named in a clause goes to
 * the event word nearest it (before the date, or just after it), so "premiered in January 2023
 * and was renewed for season 2" gives a dated show premiere and an undated renewal of season 2.
 * A date without a year is left out; "that year" takes the year of the date before it. A return
 * without a season number is not the show's premiere, and is left out.
 */
export function findEvents(context: ArticleContext): EventMention[] {
  const { text } = context;
  const finalSeason = finalSeasonOf(text);
  const dates: DateInText[] = [...context.dates];
  for (const pattern of [THAT_YEAR, THAT_MONTH]) {
    for (const match of text.matchAll(pattern)) {
      const before = context.dates.filter((date) => date.end <= match.index).at(-1);
      const month = match.groups?.month ? monthNumber(match.groups.month) : undefined;
      if (before) {
        const value = `${before.value.slice(0, 4)}${month ? `-${String(month).padStart(2, "0")}` : ""}`;
        dates.push({ value, start: match.index, end: match.index + match[0].length });
      }
    }
  }
  const events: EventMention[] = [];
  for (const sentence of context.nlp.sentences) {
    for (const clause of clausesOf(context, sentence)) {
      const words = text.slice(clause.start, clause.end);
      const cues: Cue[] = CUES.flatMap(({ kind, pattern, returning, needsSeason }) =>
        [...words.matchAll(pattern)].map((match) => ({
          kind,
          start: clause.start + match.index,
          end: clause.start + match.index + match[0].length,
          returning: returning === true,
          needsSeason: needsSeason === true,
        })),
      )
        .filter((cue) => !/finale\s+$/.test(text.slice(Math.max(0, cue.start - 8), cue.start)))
        .filter(
          (cue, index, all) =>
            !all.some(
              (other, at) =>
                at !== index &&
                other.start <= cue.start &&
                cue.end <= other.end &&
                other.end - other.start > cue.end - cue.start,
            ),
        );
      if (cues.length === 0) {
        continue;
      }
      const clauseDates = dates.filter((date) => date.start >= clause.start && date.end <= clause.end);
      // "the third season ended": a season that ends is the subject of that end, no other event's.
      const seasons: SeasonMention[] = findSeasons(words, clause.start, finalSeason).filter(
        (season) =>
          !/^[ \t]+(?:ended|concluded|wrapped|finished)\b/.test(text.slice(season.end, season.end + 12)),
      );
      for (const cue of cues) {
        const ownDates = clauseDates.filter((date) => nearestCue(cues, date, () => true) === cue);
        const date = ownDates.sort((a, b) => distance(cue, a) - distance(cue, b))[0];
        const ordinal = ordinalBefore(text, cue.start);
        const ownSeasons =
          cue.kind === "ENDED" || cue.kind === "CANCELED"
            ? []
            : seasons.filter(
                (season) =>
                  nearestCue(cues, season, (other) => other.kind !== "ENDED" && other.kind !== "CANCELED") ===
                  cue,
              );
        const season = ownSeasons.sort((a, b) => distance(cue, a) - distance(cue, b))[0];
        const carried =
          cue.kind === "PREMIERED" && !season
            ? seasonCarriedInto(text, sentence, clause, finalSeason)
            : undefined;
        const numbers = ordinal !== undefined ? [ordinal] : (season?.numbers ?? carried?.numbers ?? []);
        if ((cue.returning || cue.needsSeason) && numbers.length === 0) {
          continue;
        }
        const from = Math.min(cue.start, date?.start ?? cue.start, season?.start ?? cue.start);
        const to = Math.max(cue.end, date?.end ?? cue.end, season?.end ?? cue.end);
        const span = spanOf(text, from, to);
        for (const number of numbers.length > 0 ? numbers : [undefined]) {
          const forShow = number === undefined || (number === 1 && cue.kind === "PREMIERED");
          events.push({
            kind: cue.kind,
            ...(forShow ? {} : { season: number }),
            ...(date ? { date: date.value } : {}),
            span,
            cue: { start: cue.start, end: cue.end },
          });
        }
      }
    }
  }
  return keepInformative(events.map((event) => withRenewedSeason(event, events)));
}

/**
 * "a second season ..., and it arrived on February 13, 2020", "the final season was made there,
 * and its episodes were released ...": a clause whose subject is "it" or "its ..." goes on about
 * the season last named before it in the sentence.
 */
function seasonCarriedInto(
  text: string,
  sentence: { start: number; end: number },
  clause: { start: number; end: number },
  finalSeason: number | undefined,
): SeasonMention | undefined {
  if (!/^[\s,]*(?:(?:and|but)\s+)?(?:that\s+)?(?:it|its)\b/iu.test(text.slice(clause.start, clause.end))) {
    return undefined;
  }
  return findSeasons(text.slice(sentence.start, clause.start), sentence.start, finalSeason).at(-1);
}

/**
 * "Netflix renewed the show in June 2022": a dated renewal that names no season renews the one
 * after the last season that had premiered by then (the show's own premiere is season 1's).
 */
function withRenewedSeason(event: EventMention, events: EventMention[]): EventMention {
  if (event.kind !== "RENEWED" || event.season !== undefined || event.date === undefined) {
    return event;
  }
  const renewed = event.date;
  const aired = events
    .filter((other) => other.kind === "PREMIERED" && other.date !== undefined && other.date < renewed)
    .map((other) => other.season ?? 1);
  return aired.length > 0 ? { ...event, season: Math.max(...aired) + 1 } : event;
}

/**
 * One statement of each event: an undated premiere or end says nothing a reviewer can use and is
 * left out; an undated cancellation, renewal or pick-up only when the article gives no other of
 * its kind (the headline's "Cancels" and the body's "canceled in August 2023" are one event).
 */
function keepInformative(events: EventMention[]): EventMention[] {
  const kept: EventMention[] = [];
  for (const event of events) {
    if (event.date === undefined) {
      if (event.kind === "PREMIERED" || event.kind === "ENDED") {
        continue;
      }
      // An undated order of one season is no repeat of a dated order of another.
      const others = events.filter((other) => other !== event && other.kind === event.kind);
      if (
        others.some(
          (other) =>
            (other.date !== undefined && (event.season === undefined || other.season === event.season)) ||
            (other.season !== undefined && event.season === undefined),
        )
      ) {
        continue;
      }
    }
    if (
      !kept.some(
        (other) => other.kind === event.kind && other.season === event.season && other.date === event.date,
      )
    ) {
      kept.push(event);
    }
  }
  return kept;
}
