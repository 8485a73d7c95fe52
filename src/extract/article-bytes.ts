import { decodeUtf8, InvalidUtf8Error } from "../common/utf8-text.js";
import { ArticleInputError, MAX_ARTICLE_LENGTH, prepareArticle } from "./article-input.js";

/** The most bytes an article can take: a UTF-16 code unit takes at most 3 bytes of UTF-8. */
export const MAX_ARTICLE_BYTES = MAX_ARTICLE_LENGTH * 3;

/**
 * Refuses an article by its size in bytes before it is read or decoded (a file's size, a request's
 * Content-Length). Throws ArticleInputError over MAX_ARTICLE_BYTES.
 */
export function checkArticleBytes(size: number): void {
  if (size > MAX_ARTICLE_BYTES) {
    throw new ArticleInputError(
      `the file is ${size.toLocaleString("en")} bytes, over the limit of ${MAX_ARTICLE_LENGTH.toLocaleString("en")} characters: give one article at a time`,
      "too-large",
    );
  }
}

/**
 * An article given as bytes (a file named on the command line, a file uploaded to POST /extract),
 * decoded as the extractor takes it: the same checks and messages wherever it comes from.
 * Throws ArticleInputError when it is too large or looks binary (binary bytes are not UTF-8
 * either, but "binary" tells the person more than the first bad byte), and InvalidUtf8Error
 * (line, column, byte) for text in another encoding, a Latin-1 article say.
 */
export function decodeArticle(bytes: Uint8Array): string {
  checkArticleBytes(bytes.length);
  try {
    return decodeUtf8(bytes);
  } catch (error) {
    if (error instanceof InvalidUtf8Error) {
      // Its control characters tell a binary file, not the bytes that were not UTF-8.
      const lenient = new TextDecoder("utf-8").decode(bytes).replaceAll("\uFFFD", "");
      const binary = binaryProblem(lenient);
      if (binary) {
        throw binary;
      }
    }
    throw error;
  }
}

/** The error prepareArticle gives a text that looks binary, or undefined for any other text. */
function binaryProblem(lenient: string): ArticleInputError | undefined {
  try {
    prepareArticle(lenient);
    return undefined;
  } catch (error) {
    return error instanceof ArticleInputError && error.reason === "binary" ? error : undefined;
  }
}
