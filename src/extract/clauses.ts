import type { ArticleContext } from "./article-context.js";
import { tokensIn } from "./article-context.js";
import type { NlpSpan } from "./nlp-document.js";

/** Clause boundaries inside a sentence: ";", ", but", "and" before a verb ("premiered ... and was renewed"). */
export function clausesOf(context: ArticleContext, sentence: NlpSpan): NlpSpan[] {
  const tokens = tokensIn(context, sentence);
  const cuts: number[] = [];
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    if (
      token.text === ";" ||
      (token.text === "," && next && /^(?:but|while|although|though)$/.test(next.text))
    ) {
      cuts.push(token.start);
    }
    if (token.text === "but" && tokens[index - 1]?.text !== ",") {
      cuts.push(token.start);
    }
    if (token.text === "and" && next && (next.pos === "VERB" || next.pos === "AUX")) {
      cuts.push(token.start);
    }
    if (
      token.text === "," &&
      next?.text === "and" &&
      tokens[index + 2] &&
      ["PRON", "DET", "PROPN", "NOUN"].includes(tokens[index + 2]?.pos ?? "")
    ) {
      cuts.push(token.start);
    }
  });
  const clauses: NlpSpan[] = [];
  let start = sentence.start;
  for (const cut of cuts) {
    clauses.push({ start, end: cut });
    start = cut;
  }
  clauses.push({ start, end: sentence.end });
  return clauses;
}
