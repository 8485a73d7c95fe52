import { toNameKey } from "../common/name-key.js";

/** Every character Lucene's classic query parser treats as syntax (`&&` and `||` are made of them). */
const LUCENE_SPECIAL = /[\\+\-!():^[\]"{}~*?|&/]/g;
const LUCENE_OPERATOR_WORD = /^(AND|OR|NOT)$/;

/** A word of the search text that Lucene reads as a term, whatever characters it holds. */
export function escapeLuceneTerm(term: string): string {
  const escaped = term.replace(LUCENE_SPECIAL, (character) => `\\${character}`);
  // An escaped first letter makes the parser read an operator word as a plain term.
  return LUCENE_OPERATOR_WORD.test(escaped) ? `\\${escaped}` : escaped;
}

/**
 * The words of a search text as the index holds them: lower case, without accents (the index
 * holds `nameKey`), split where Lucene's standard tokenizer splits (anything but letters, digits,
 * underscores and apostrophes inside a word). Every Lucene special character is a separator here,
 * so "hit&run" finds "Hit & Run" and a text of only special characters has no words.
 */
export function searchWords(text: string): string[] {
  return toNameKey(text)
    .split(/[^\p{L}\p{N}_'’]+/u)
    .map((word) => word.replace(/^['’]+|['’]+$/g, ""))
    .filter((word) => word !== "");
}

/**
 * How many typos a word may have: none for short words (a one-letter change to "hit" matches
 * "hat", "his", "hut"...), one from four letters ("Sana" finds "Sanaa"), two from seven.
 */
function allowedEdits(word: string): number {
  const length = [...word].length;
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/**
 * One clause per word: the exact word first (boost 4), then the word as a prefix of a longer one
 * (boost 2: "Ashken" finds "Ashkenazi"), then the word with typos (Lucene's fuzzy score). Words
 * are OR-ed, so a hit that matches more of them ranks higher and a misspelt word past the allowed
 * edits still leaves the others to match.
 */
function wordClause(word: string): string {
  const term = escapeLuceneTerm(word);
  const edits = allowedEdits(word);
  return `(${[`${term}^4`, `${term}*^2`, ...(edits > 0 ? [`${term}~${edits}`] : [])].join(" OR ")})`;
}

/** The Lucene query for a search text; null when the text has no words (nothing can match). */
export function toLuceneQuery(words: string[]): string | null {
  return words.length > 0 ? words.map(wordClause).join(" OR ") : null;
}
