import { DatePrecision, formatPartialDate, parsePartialDate } from "../common/partial-date.js";
import type { TextSpan } from "./text-span.js";
import { sentenceAround, spanOf } from "./text-span.js";

export type DateEvent = "premiered" | "canceled" | "renewed" | "reported";

export interface DateMention {
  /** ISO, as precise as the text: "2021-08" for "August 2021". */
  value: string;
  event: DateEvent;
  /** From the event word to the date: "came out in August 2021". */
  span: TextSpan;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const DATE = new RegExp(
  String.raw`(?:${MONTH} (?<dayFirst>\d{1,2}),? (?<yearA>\d{4}))|(?:(?<dayBefore>\d{1,2}) (?<monthB>${MONTH}) (?<yearB>\d{4}))|(?:(?<monthC>${MONTH}) (?<yearC>\d{4}))|(?<iso>\d{4}-\d{2}-\d{2})`,
  "g",
);

const EVENT_WORDS: Array<{ pattern: RegExp; event: DateEvent }> = [
  {
    pattern:
      /\b(?:premiered|premieres|premiere|released|releases|release|came out|comes out|debuted|debuts|aired|airs|launched)\b/g,
    event: "premiered",
  },
  { pattern: /\b(?:canceled|cancelled|axed)\b/g, event: "canceled" },
  { pattern: /\b(?:renewed)\b/g, event: "renewed" },
  { pattern: /\b(?:reported|reports|announced|confirmed|revealed)\b/g, event: "reported" },
];

/** How far (in characters) an event word may be from its date. */
const NEAR = 40;

/** The partial date a mention writes ("August 2021" is "2021-08"); null for a day no calendar has. */
function isoOf(groups: Record<string, string | undefined>, matched: string): string | null {
  if (groups.iso) {
    return parsePartialDate(groups.iso) ? groups.iso : null;
  }
  const monthName = (groups.monthB ?? groups.monthC ?? matched.split(" ")[0] ?? "").toLowerCase();
  const month = MONTHS.indexOf(monthName) + 1;
  const year = Number(groups.yearA ?? groups.yearB ?? groups.yearC);
  const dayOfMonth = groups.dayFirst ?? groups.dayBefore;
  const written = formatPartialDate(
    dayOfMonth
      ? { precision: DatePrecision.DAY, year, month, day: Number(dayOfMonth) }
      : { precision: DatePrecision.MONTH, year, month },
  );
  return parsePartialDate(written) ? written : null;
}

/**
 * Month-year and full dates next to an event word in the same sentence ("came out in August
 * 2021", "reported in September 2021 that"): the nearest event word before the date wins, then the
 * nearest after it. Dates with no event word nearby are left for the reviewer.
 */
export function findDates(text: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of text.matchAll(DATE)) {
    const dateStart = match.index;
    const dateEnd = dateStart + match[0].length;
    const sentence = sentenceAround(text, dateStart);
    const words = EVENT_WORDS.flatMap(({ pattern, event }) =>
      [...text.slice(sentence.start, sentence.end).matchAll(pattern)].map((word) => ({
        event,
        start: sentence.start + word.index,
        end: sentence.start + word.index + word[0].length,
      })),
    );
    const before = words
      .filter((word) => word.end <= dateStart && dateStart - word.end <= NEAR)
      .sort((a, b) => b.end - a.end)[0];
    const after = words
      .filter((word) => word.start >= dateEnd && word.start - dateEnd <= NEAR)
      .sort((a, b) => a.start - b.start)[0];
    const word = before ?? after;
    const value = isoOf(match.groups ?? {}, match[0]);
    if (word && value) {
      const span = word === before ? spanOf(text, word.start, dateEnd) : spanOf(text, dateStart, word.end);
      mentions.push({ value, event: word.event, span });
    }
  }
  return mentions;
}
