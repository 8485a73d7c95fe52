import type { TextSpan } from "./text-span.js";
import { spanOf, trimSpan } from "./text-span.js";

export interface QuoteMention {
  speaker: string;
  /** The quoted words, one span per run of words between quotation marks. */
  runs: TextSpan[];
  /** The attribution: "say Nicole Yorkin". */
  attribution: TextSpan;
}

const OPEN = '“"';
const CLOSE = '”"';
const VERBS = "says|said|say|told|tells|explains|explained|adds|added|continued|recalls|recalled";
const SPEAKER = String.raw`\p{Lu}[\p{L}’'-]*(?:[ \t]+\p{Lu}[\p{L}’'-]*)+`;
/** `,” say Nicole Yorkin` after the words, or `Nicole Yorkin said: “` before them. */
const AFTER_WORDS = new RegExp(
  String.raw`[”"][ \t]*(?<attribution>(?:${VERBS})[ \t]+(?<speaker>${SPEAKER}))`,
  "gu",
);
const BEFORE_WORDS = new RegExp(
  String.raw`(?<attribution>(?<speaker>${SPEAKER})[ \t]+(?:${VERBS}))[,:]?[ \t]*[“"]`,
  "gu",
);

function paragraphStart(text: string, offset: number): number {
  const blank = text.lastIndexOf("\n\n", offset);
  return blank < 0 ? 0 : blank + 2;
}

function paragraphEnd(text: string, offset: number): number {
  const blank = text.indexOf("\n\n", offset);
  return blank < 0 ? text.length : blank;
}

/** Finds the opening mark before `close` in the paragraph; without one the words start the paragraph. */
function runBefore(text: string, close: number): TextSpan {
  const from = paragraphStart(text, close);
  let open = close - 1;
  while (open >= from && !OPEN.includes(text[open] as string)) {
    open -= 1;
  }
  return trimSpan(text, open >= from ? open + 1 : from, close);
}

/** Finds the closing mark after `open` in the paragraph; without one the words end the paragraph. */
function runAfter(text: string, open: number): TextSpan {
  const to = paragraphEnd(text, open);
  let close = open + 1;
  while (close < to && !CLOSE.includes(text[close] as string)) {
    close += 1;
  }
  return trimSpan(text, open + 1, close);
}

/**
 * Quoted speech and who said it. Careless articles break their quotation marks (no opening mark,
 * the attribution in the middle), so a run of words reaches back to the opening mark or, if there
 * is none, to the start of its paragraph; words after the attribution ("say X. “More words") are a
 * second run of the same quote.
 */
export function findQuotes(text: string): QuoteMention[] {
  const mentions: QuoteMention[] = [];
  for (const match of text.matchAll(AFTER_WORDS)) {
    const attributionStart = match.index + match[0].length - (match.groups?.attribution as string).length;
    const attribution = spanOf(text, attributionStart, match.index + match[0].length);
    const runs = [runBefore(text, match.index)];
    const continuation = /^[ \t]*[.,][ \t]*[“"]/.exec(text.slice(attribution.end));
    if (continuation) {
      runs.push(runAfter(text, attribution.end + continuation[0].length - 1));
    }
    mentions.push({
      speaker: match.groups?.speaker as string,
      runs: runs.filter((run) => run.quote !== ""),
      attribution,
    });
  }
  for (const match of text.matchAll(BEFORE_WORDS)) {
    const attribution = spanOf(text, match.index, match.index + (match.groups?.attribution as string).length);
    const run = runAfter(text, match.index + match[0].length - 1);
    if (run.quote !== "") {
      mentions.push({ speaker: match.groups?.speaker as string, runs: [run], attribution });
    }
  }
  return mentions.sort((a, b) => a.attribution.start - b.attribution.start);
}
