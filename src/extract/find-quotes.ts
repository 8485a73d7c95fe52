import type { ArticleContext } from "./article-context.js";
import { sentenceAt } from "./article-context.js";
import { NAME, trimLeadingWord } from "./name-patterns.js";
import type { TextSpan } from "./text-span.js";
import { spanOf, trimSpan } from "./text-span.js";

export interface QuoteMention {
  /** As written ("Smith", "he", "Nicole Yorkin"); the draft resolves it to a person. */
  speaker: string;
  /** The quoted words, one span per run of words between quotation marks. */
  runs: TextSpan[];
  /** The attribution: "say Nicole Yorkin", "Smith told Deadline". */
  attribution: TextSpan;
  /** "the show's co-creator": the speaker's role as the attribution gives it. */
  role?: string;
  /** The outlet the attribution names ("told Variety", "in an interview with IndieWire"). */
  outlet?: string;
}

const VERBS = String.raw`(?:says|said|say|told|tells|explains|explained|adds|added|continued|recalls|recalled|wrote|writes|posted|tweeted|noted|insisted|joked|admitted|put it|puts it|quipped|declared|stated|confirmed)`;
const SPEAKER = String.raw`(?:${NAME}|he|she|they|He|She|They)`;
const ROLE = String.raw`(?:,[ \t]+(?<role>[^,“”"]{2,70}?),)?`;
const OUTLET_AFTER = String.raw`(?<rest>[^.“”"\n]*)`;
/** After the words: `,” Smith told Deadline.`, `," he said.`, `,” say Nicole Yorkin.`, `," Marks, the series' showrunner, said ...` */
const AFTER = [
  new RegExp(
    String.raw`^[ \t]*(?<speaker>${SPEAKER})${ROLE}[ \t]+(?:also[ \t]+)?(?<verb>${VERBS})\b${OUTLET_AFTER}`,
    "u",
  ),
  new RegExp(String.raw`^[ \t]*(?<verb>${VERBS})[ \t]+(?<speaker>${NAME})${ROLE}${OUTLET_AFTER}`, "u"),
];
/** Before the words, with a colon: `Knudsen said she had waited for the right story: “`, `X put it simply: "` */
const COLON_BEFORE = /:[ \t]*$/u;
const SPEECH = new RegExp(String.raw`\b${VERBS}\b`, "u");
const OUTLET_IN_REST = new RegExp(
  String.raw`(?:told|to|interview with|speaking to|speaking with)[ \t]+(?<outlet>(?:The[ \t]+)?${NAME})`,
  "u",
);

interface Run {
  span: TextSpan;
  /** Offsets of the marks (or the paragraph's edge when a mark is missing). */
  open: number;
  close: number;
}

function paragraphs(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const match of text.matchAll(/\n[ \t]*\n/g)) {
    spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/**
 * Runs of quoted words in a paragraph. Curly marks pair “ with ”; straight double quotes
 * alternate. Careless articles break their marks: a closing mark with no opening one starts the
 * run at the paragraph's start, an opening mark never closed runs to the paragraph's end.
 */
function runsIn(text: string, paragraph: { start: number; end: number }): Run[] {
  const runs: Run[] = [];
  let open: number | undefined;
  let straightOpen = false;
  let single = false;
  for (let at = paragraph.start; at < paragraph.end; at += 1) {
    const mark = text[at];
    const singleOpens = open === undefined && singleOpensAt(text, at, paragraph.start);
    const opens = mark === "“" || (mark === '"' && !straightOpen) || singleOpens;
    const closes = single
      ? singleClosesAt(text, at)
      : !single && (mark === "”" || (mark === '"' && straightOpen));
    if (singleOpens) {
      single = true;
    }
    if (opens && open === undefined) {
      open = at;
      straightOpen = mark === '"';
    } else if (closes) {
      const from = open === undefined ? paragraph.start - 1 : open;
      runs.push({ span: trimSpan(text, from + 1, at), open: from, close: at });
      open = undefined;
      straightOpen = false;
      single = false;
    }
  }
  if (open !== undefined) {
    runs.push({ span: trimSpan(text, open + 1, paragraph.end), open, close: paragraph.end });
  }
  return runs.filter((run) => run.span.quote !== "");
}

/**
 * Single marks, as British style and some headlines use them (`'If an actor can touch it,'
 * Gilroy told Empire.`): one opens a quote at a paragraph's or sentence's start only, so that apostrophes
 * ("can't", "writers’ room") never do, and closes it after a comma or a stop and before a space.
 */
function singleOpensAt(text: string, at: number, paragraphStart: number): boolean {
  const opensSentence = at === paragraphStart || /[.!?:][ \t]+$/.test(text.slice(Math.max(0, at - 3), at));
  return (text[at] === "'" || text[at] === "‘") && opensSentence && /\p{L}/u.test(text[at + 1] ?? "");
}

function singleClosesAt(text: string, at: number): boolean {
  return (
    (text[at] === "'" || text[at] === "’") &&
    /[,.!?]/.test(text[at - 1] ?? "") &&
    /^(?:\s|$)/.test(text[at + 1] ?? "")
  );
}

function outletIn(rest: string | undefined): string | undefined {
  return rest ? OUTLET_IN_REST.exec(rest)?.groups?.outlet : undefined;
}

/**
 * Quoted speech and who said it: `"…," X said.`, `"…," X, the show's co-creator, told Variety.`,
 * `"…," said X`, `X said: "…"`, a quote split by its attribution, a quote over two sentences (a run
 * with no attribution of its own continues the one before it in its paragraph), and words quoted
 * inside a sentence whose subject speaks ("X said she was "heartbroken""). Curly and straight marks.
 */
export function findQuotes(context: ArticleContext): QuoteMention[] {
  const { text } = context;
  const mentions: QuoteMention[] = [];
  for (const paragraph of paragraphs(text)) {
    let previous: QuoteMention | undefined;
    for (const run of runsIn(text, paragraph)) {
      const after = text.slice(run.close + 1, paragraph.end);
      const afterMatch = AFTER.map((pattern) => pattern.exec(after)).find((match) => match !== null);
      if (afterMatch?.groups) {
        const speakerAt =
          run.close + 1 + after.indexOf(afterMatch.groups.speaker as string, afterMatch.index);
        const from = Math.min(speakerAt, run.close + 1 + afterMatch[0].search(/\S/));
        const rest = afterMatch.groups.rest;
        // The attribution runs to the clause's end: "Smith told Deadline", "Stiller said in a statement".
        const attributionEnd = run.close + 1 + afterMatch[0].length;
        const mention: QuoteMention = {
          speaker: trimLeadingWord(afterMatch.groups.speaker as string),
          runs: [run.span],
          attribution: trimSpan(text, from, attributionEnd, ",."),
          ...(afterMatch.groups.role ? { role: afterMatch.groups.role.trim() } : {}),
          ...(outletIn(`${afterMatch.groups.verb} ${rest ?? ""}`)
            ? { outlet: outletIn(`${afterMatch.groups.verb} ${rest ?? ""}`) }
            : {}),
        };
        mentions.push(mention);
        previous = mention;
        continue;
      }
      const before = text.slice(paragraph.start, run.open);
      const sentence = sentenceAt(context, Math.max(paragraph.start, run.open - 1));
      // Only the words outside earlier quotation marks can name the speaker.
      const sentenceFrom = Math.max(
        sentence.start,
        paragraph.start,
        ...runsBefore(text, paragraph.start, run.open),
      );
      const sentenceBefore = text.slice(sentenceFrom, run.open);
      // A quote split by its attribution (`,” Stiller said in a statement, “and to find ...”`), or
      // going on after it (`,” Smith told Deadline. “I'm grateful ...”`).
      if (
        previous &&
        (continuesBefore(text, previous, run) ||
          /^[\s.,]*$/.test(text.slice(previous.attribution.end, run.open)))
      ) {
        previous.runs.push(run.span);
        continue;
      }
      if (COLON_BEFORE.test(before) || SPEECH.test(sentenceBefore)) {
        const subject = new RegExp(String.raw`(?<speaker>${NAME})`, "u").exec(sentenceBefore);
        if (subject?.groups?.speaker && SPEECH.test(sentenceBefore)) {
          const start = sentenceFrom + subject.index;
          const verb = SPEECH.exec(sentenceBefore.slice(subject.index));
          const end = verb ? start + verb.index + verb[0].length : start + subject[0].length;
          const roleMatch = new RegExp(String.raw`^${NAME},[ \t]+(?<role>[^,]{2,70}),`, "u").exec(
            sentenceBefore.slice(subject.index),
          );
          const mention: QuoteMention = {
            speaker: trimLeadingWord(subject.groups.speaker),
            runs: [run.span],
            attribution: spanOf(text, start, end),
            ...(roleMatch?.groups?.role ? { role: roleMatch.groups.role } : {}),
          };
          mentions.push(mention);
          previous = mention;
          continue;
        }
      }
      // "His view of the part is blunt: “...”": the person last named speaks.
      const possessive = /^\s*(?<pronoun>His|Her)\b/u.exec(sentenceBefore);
      if (COLON_BEFORE.test(before) && possessive?.groups?.pronoun) {
        const mention: QuoteMention = {
          speaker: possessive.groups.pronoun === "His" ? "he" : "she",
          runs: [run.span],
          attribution: trimSpan(text, sentenceFrom, run.open, ":"),
        };
        mentions.push(mention);
        previous = mention;
        continue;
      }
      if (previous) {
        const between = text.slice(previous.attribution.end, run.open);
        if (!/[“"”]/.test(between) && between.length < 200) {
          previous.runs.push(run.span);
        }
      }
    }
  }
  return mentions;
}

/** Just after each closing mark before `end` in the paragraph. */
function runsBefore(text: string, start: number, end: number): number[] {
  return [...text.slice(start, end).matchAll(/[”"]/g)].map((match) => start + match.index + 1);
}

/** The run follows the previous quote's attribution after only a comma: one quote, split. */
function continuesBefore(text: string, previous: QuoteMention, run: Run): boolean {
  return (
    /^[^.“”"]*,\s*$/.test(text.slice(previous.attribution.end, run.open)) && /^\p{Ll}/u.test(run.span.quote)
  );
}
