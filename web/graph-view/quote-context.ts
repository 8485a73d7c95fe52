/** A quote in the words around it: `before` and `after` are the article's text on either side. */
export interface QuoteInContext {
  before: string;
  quote: string;
  after: string;
}

const CONTEXT = 160;
const SENTENCE_END = /[.!?…\n]/;

/**
 * The quote with the rest of its sentence(s) from the article's text, so the supporting words can
 * be highlighted where they stand. At most CONTEXT characters either side, cut with "…". When the
 * text is missing or does not hold the quote at [start, end), the quote alone.
 */
export function quoteInContext(
  quote: string,
  text: string | null | undefined,
  start: number | null,
  end: number | null,
): QuoteInContext {
  if (!text || start === null || end === null || text.slice(start, end) !== quote) {
    return { before: "", quote, after: "" };
  }
  let from = start;
  while (from > 0 && start - from < CONTEXT && !SENTENCE_END.test(text.charAt(from - 1))) {
    from--;
  }
  const cutBefore = from > 0 && !SENTENCE_END.test(text.charAt(from - 1));
  let to = end;
  while (to < text.length && to - end < CONTEXT && !SENTENCE_END.test(text.charAt(to))) {
    to++;
  }
  const cutAfter = to < text.length && !SENTENCE_END.test(text.charAt(to));
  if (!cutAfter && to < text.length && text.charAt(to) !== "\n") {
    to++;
  }
  return {
    before: (cutBefore ? "…" : "") + text.slice(from, start).trimStart(),
    quote,
    after: text.slice(end, to).trimEnd() + (cutAfter ? "…" : ""),
  };
}
