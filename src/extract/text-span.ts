/** A piece of the article: its exact text and UTF-16 offsets, so `text.slice(start, end) === quote`. */
export interface TextSpan {
  quote: string;
  start: number;
  end: number;
}

export function spanOf(text: string, start: number, end: number): TextSpan {
  return { quote: text.slice(start, end), start, end };
}

/** The span with white space and the given trailing characters trimmed off both ends. */
export function trimSpan(text: string, start: number, end: number, trailing = ""): TextSpan {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from] as string)) {
    from += 1;
  }
  while (to > from && (/\s/.test(text[to - 1] as string) || trailing.includes(text[to - 1] as string))) {
    to -= 1;
  }
  return spanOf(text, from, to);
}

/** The sentence around an offset (bounded by . ! ? or a blank line), for notes and context. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1] as string)) {
    start -= 1;
  }
  let end = offset;
  while (end < text.length && !/[.!?\n]/.test(text[end] as string)) {
    end += 1;
  }
  return { start, end };
}

/** A capitalised name: "Lior Raz", "Danielle Wexler Azulai", "O’Neil", "Jean-Luc Picard". */
export const NAME = String.raw`\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*)*`;
