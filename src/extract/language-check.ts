import type { NlpDocument } from "./nlp-document.js";

/**
 * Share of an English text's words that the NLP library knows as English stop words ("the",
 * "of", "and", ...). News prose runs at 35-50% (the evaluation set: 36-46%); Spanish, German or Danish prose
 * read with the English model at under 15%. Below this the text is taken as not English.
 */
const ENGLISH_STOP_WORD_SHARE = 0.2;

/** A warning when the text does not read as English, the only language the rules know; else undefined. */
export function languageWarning(document: NlpDocument): string | undefined {
  const words = document.tokens.filter((token) => /\p{L}/u.test(token.text));
  if (words.length < 20) {
    return undefined;
  }
  const share = words.filter((token) => token.stopWord).length / words.length;
  if (share >= ENGLISH_STOP_WORD_SHARE) {
    return undefined;
  }
  return `the article does not read as English (${Math.round(share * 100)}% English function words, news prose has 35% or more): only English is supported, so only names, dates and quotation marks the rules recognise were used; check everything`;
}
