import type { NlpDocument, NlpSpan, NlpToken } from "./nlp-document.js";
import { readNlpDocument } from "./nlp-document.js";
import type { DateInText } from "./partial-dates.js";
import { findDatesInText } from "./partial-dates.js";

/**
 * What every rule family reads: the text to analyse (the article with any HTML markup blanked
 * out, same length, so offsets hold for the text as given), the NLP library's sentences, tokens
 * and dates, and the headline.
 */
export interface ArticleContext {
  text: string;
  nlp: NlpDocument;
  dates: DateInText[];
  /** The first non-empty line, and where it ends. */
  headline: { text: string; start: number; end: number };
}

export function readArticleContext(text: string): ArticleContext {
  const nlp = readNlpDocument(text);
  const lineStart = text.search(/\S/);
  const start = lineStart < 0 ? 0 : lineStart;
  const lineEnd = text.indexOf("\n", start);
  const end = lineEnd < 0 ? text.length : lineEnd;
  return {
    text,
    nlp,
    dates: findDatesInText(text, nlp.dates),
    headline: { text: text.slice(start, end).trim(), start, end },
  };
}

/** The sentence holding `offset` (the NLP library's segmentation; a headline line is one). */
export function sentenceAt(context: ArticleContext, offset: number): NlpSpan {
  const sentence = context.nlp.sentences.find((span) => span.start <= offset && offset < span.end);
  return sentence ?? { start: offset, end: offset };
}

/** The tokens within a span. */
export function tokensIn(context: ArticleContext, span: NlpSpan): NlpToken[] {
  return context.nlp.tokens.filter((token) => token.start >= span.start && token.end <= span.end);
}

/** The token starting at or right after `offset`. */
export function tokenAfter(context: ArticleContext, offset: number): NlpToken | undefined {
  return context.nlp.tokens.find((token) => token.start >= offset);
}
