/**
 * Dates as precise as the text writes them: "August 2021" -> "2021-08", "Nov. 2, 2023" ->
 * "2023-11-02", "in 2016" -> "2016". A date without a year ("on Friday", "Aug. 6", "last summer")
 * gives nothing: the article's own date would be needed to place it, and a reviewer adds it.
 */
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** A month's number from its English name or abbreviation ("December", "Dec." -> 12); 0 if none. */
export function monthNumber(name: string): number {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? 0;
}

const MONTH = String.raw`(?<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const YEAR = String.raw`(?<year>(?:19|20)\d{2})`;

/** Month-first, day-first, month-year, ISO and year-only forms, longest first. */
const FORMS = [
  new RegExp(String.raw`${MONTH} (?<day>\d{1,2})(?:st|nd|rd|th)?,? ${YEAR}\b`, "u"),
  new RegExp(String.raw`\b(?<day>\d{1,2}) ${MONTH},? ${YEAR}\b`, "u"),
  new RegExp(String.raw`(?<![\d-])${YEAR}-(?<isoMonth>\d{2})-(?<isoDay>\d{2})\b`, "u"),
  new RegExp(String.raw`${MONTH},? ${YEAR}\b`, "u"),
  new RegExp(String.raw`(?<![\d-])${YEAR}(?![\d-])`, "u"),
];

/** Every form, for scanning a whole text. */
const ANY_DATE = new RegExp(
  FORMS.map((form) => `(?:${form.source.replace(/\(\?<\w+>/g, "(")})`).join("|"),
  "gu",
);

export interface DateInText {
  /** "2021", "2021-08" or "2021-08-06". */
  value: string;
  start: number;
  end: number;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** The ISO partial date of one written date, or undefined when it has no year. */
export function toPartialDate(written: string): string | undefined {
  for (const form of FORMS) {
    const groups = form.exec(written)?.groups;
    if (!groups?.year) {
      continue;
    }
    if (groups.isoMonth) {
      return `${groups.year}-${groups.isoMonth}-${groups.isoDay}`;
    }
    const month = groups.month
      ? (MONTHS[groups.month.toLowerCase().replace(".", "").slice(0, 4)] ??
        MONTHS[groups.month.toLowerCase().slice(0, 3)])
      : undefined;
    if (month === undefined) {
      return groups.year;
    }
    return groups.day
      ? `${groups.year}-${pad(month)}-${pad(Number(groups.day))}`
      : `${groups.year}-${pad(month)}`;
  }
  return undefined;
}

/**
 * The dated expressions of a text: the spans the NLP library tags as dates, each read at its
 * precision, plus any written date it did not tag (the library misses some abbreviations).
 */
export function findDatesInText(
  text: string,
  tagged: readonly { start: number; end: number }[],
): DateInText[] {
  const found: DateInText[] = [];
  for (const span of tagged) {
    const written = text.slice(span.start, span.end);
    const value = toPartialDate(written);
    const match = new RegExp(ANY_DATE.source, "u").exec(written);
    if (value && match) {
      found.push({ value, start: span.start + match.index, end: span.start + match.index + match[0].length });
    }
  }
  for (const match of text.matchAll(ANY_DATE)) {
    const start = match.index;
    const end = start + match[0].length;
    const value = toPartialDate(match[0]);
    if (value && !found.some((date) => date.start < end && start < date.end)) {
      found.push({ value, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
