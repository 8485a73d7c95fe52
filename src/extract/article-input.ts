/**
 * Checks that a text is an article the rules can read, and prepares the copy they analyse.
 * HTML pasted as text keeps its offsets: every tag, comment, script and style is replaced by as
 * many spaces, and an entity (`&amp;`) by its character padded with spaces (before an opening
 * quotation mark, after anything else), so a span found in the copy is the same span of the
 * text as given. An entity inside a word ("Ren&#233;e") splits the word for the rules.
 */

/** The longest article accepted, in UTF-16 code units: ten times a long feature, well under a second to analyse. */
export const MAX_ARTICLE_LENGTH = 500_000;

/** Input that is not an article: empty, binary, too large. The message says which, in one line. */
export class ArticleInputError extends Error {
  override name = "ArticleInputError";

  constructor(
    message: string,
    /** Which, for a caller that answers each differently (POST /extract: 413 for too large). */
    readonly reason: "empty" | "binary" | "too-large",
  ) {
    super(message);
  }
}

export interface PreparedArticle {
  /** The text with markup blanked out: same length as the text as given. */
  analysisText: string;
  /** What the reader of the draft should know (markup stripped). */
  warnings: string[];
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  ndash: "–",
  mdash: "—",
  hellip: "…",
};

const HTML_TAG =
  /<\/?(?:p|div|br|span|em|i|b|strong|a|h[1-6]|ul|ol|li|html|body|head|article|section|blockquote|figure|img|meta|script|style|title)\b[^>]*>/i;

function blank(length: number): string {
  return " ".repeat(length);
}

function keepNewlines(markup: string): string {
  return markup.replace(/[^\n]/g, " ");
}

/** The text with HTML blanked out, offsets kept. */
export function blankHtml(text: string): string {
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, keepNewlines)
    .replace(/<!--[\s\S]*?-->/g, keepNewlines)
    .replace(
      /<\/?(?:p|div|br|h[1-6]|li|blockquote|article|section)\b[^>]*>/gi,
      (tag) => `\n${blank(tag.length - 1)}`,
    )
    .replace(/<\/?[a-zA-Z][^>]*>/g, (tag) => blank(tag.length))
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (entity, name: string) => {
      const character = name.startsWith("#x")
        ? String.fromCodePoint(Number.parseInt(name.slice(2), 16))
        : name.startsWith("#")
          ? String.fromCodePoint(Number(name.slice(1)))
          : ENTITIES[name.toLowerCase()];
      if (character === undefined || character.length > entity.length) {
        return entity;
      }
      // An opening mark keeps its place next to the word it opens: "&ldquo;We" -> "      “We".
      const padding = blank(entity.length - character.length);
      return /[‘“(]/.test(character) ? padding + character : character + padding;
    });
}

/**
 * Checks and prepares an article. Throws ArticleInputError when the text is empty or only white
 * space, looks binary (NUL bytes or control characters, or undecodable bytes), or is longer
 * than MAX_ARTICLE_LENGTH.
 */
export function prepareArticle(text: string): PreparedArticle {
  if (text.trim() === "") {
    throw new ArticleInputError("the article is empty: give a file with the article's text", "empty");
  }
  if (text.length > MAX_ARTICLE_LENGTH) {
    throw new ArticleInputError(
      `the article is ${text.length.toLocaleString("en")} characters long, over the limit of ${MAX_ARTICLE_LENGTH.toLocaleString("en")}: give one article at a time`,
      "too-large",
    );
  }
  // Control characters other than tab, line feed, form feed and carriage return, and U+FFFD (bytes that were not UTF-8).
  let control = 0;
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if ((code < 32 && ![9, 10, 12, 13].includes(code)) || code === 0xfffd) {
      control += 1;
    }
  }
  if (text.includes("\u0000") || control / text.length > 0.01) {
    throw new ArticleInputError(
      "the file looks binary, not text: give the article as plain text (UTF-8) or HTML",
      "binary",
    );
  }
  if (!HTML_TAG.test(text)) {
    return { analysisText: text, warnings: [] };
  }
  return {
    analysisText: blankHtml(text),
    warnings: [
      "the article holds HTML markup: it was left out of the analysis, and offsets count in the text as given, markup included",
    ],
  };
}
