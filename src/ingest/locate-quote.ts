/** Where a quote sits in an article's text, or why it cannot be placed. */
export type QuoteLocation = { start: number; end: number } | { problem: string };

/**
 * Places a quote in an article's text (UTF-16 offsets, as JavaScript counts, `end` exclusive):
 * found by search when no `start` is given (it must then occur exactly once), checked against the
 * text at `start..end` otherwise. Used by facts files and by edits through the API alike.
 */
export function locateQuote(text: string, quote: string, start?: number, end?: number): QuoteLocation {
  if (start === undefined) {
    const first = text.indexOf(quote);
    if (first < 0) {
      return { problem: "is not in the article text" };
    }
    if (text.indexOf(quote, first + 1) >= 0) {
      return { problem: `occurs more than once in the article text (first at ${first}): give its start` };
    }
    return { start: first, end: first + quote.length };
  }
  const stop = end ?? start + quote.length;
  const found = text.slice(start, stop);
  if (found !== quote) {
    const elsewhere = text.indexOf(quote);
    return {
      problem: `does not match the article text at ${start}..${stop} ("${abbreviate(found)}")${elsewhere >= 0 ? `; it occurs at ${elsewhere}` : ""}`,
    };
  }
  return { start, end: stop };
}

function abbreviate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
