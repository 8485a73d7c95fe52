import { createRequire } from "node:module";

import type { Model } from "wink-eng-lite-web-model";
import type { ItemEntity, ItemToken, WinkMethods } from "wink-nlp";
import type winkNLP from "wink-nlp";

/**
 * The NLP library's view of an article: sentences, tokens with their part of speech, and the
 * date expressions it recognises, each with UTF-16 offsets into the text it was given. The
 * library is wink-nlp with its English "lite" model (an npm package: nothing is downloaded at
 * run time); docs/extraction.md says why it was chosen over compromise.
 */
export interface NlpToken {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag: PROPN, NOUN, VERB, AUX, ADP, PUNCT, ... */
  pos: string;
  stopWord: boolean;
}

export interface NlpSpan {
  start: number;
  end: number;
}

export interface NlpDocument {
  tokens: NlpToken[];
  sentences: NlpSpan[];
  /** Spans the library tags DATE ("August 2021", "Nov. 2, 2023", "2016", "Friday"). */
  dates: NlpSpan[];
}

const require = createRequire(import.meta.url);
let library: WinkMethods | undefined;

/**
 * The library with its model, loaded on the first article rather than at start: the model takes
 * about 60 MB of memory (measured: RSS before and after loading it), which a service that never
 * extracts (most replicas: extraction is the review page's and the CLI's) should not carry. Both
 * packages are CommonJS, so a synchronous require keeps extraction synchronous.
 */
function nlp(): WinkMethods {
  library ??= (require("wink-nlp") as typeof winkNLP)(require("wink-eng-lite-web-model") as Model);
  return library;
}

function splitAtLineBreaks(text: string, sentence: NlpSpan): NlpSpan[] {
  const parts: NlpSpan[] = [];
  let start = sentence.start;
  for (let at = text.indexOf("\n", start); at >= 0 && at < sentence.end; at = text.indexOf("\n", at + 1)) {
    if (text.slice(start, at).trim() !== "") {
      parts.push({ start, end: at });
    }
    start = at + 1;
  }
  if (text.slice(start, sentence.end).trim() !== "") {
    parts.push({ start, end: sentence.end });
  }
  return parts;
}

/** Analyses `text` (in English: the model's language). Pure; about a millisecond per short article. */
export function readNlpDocument(text: string): NlpDocument {
  const library = nlp();
  const its = library.its;
  const document = library.readDoc(text);
  const tokens: NlpToken[] = [];
  let cursor = 0;
  document.tokens().each((token: ItemToken) => {
    const value = token.out();
    // The library keeps every character of the text (tokens plus the spaces before them), so the
    // next occurrence of the token's value from the cursor is the token itself.
    const at = text.indexOf(value, cursor);
    const start = at < 0 ? cursor : at;
    const end = start + value.length;
    cursor = end;
    tokens.push({
      text: value,
      start,
      end,
      pos: token.out(its.pos),
      stopWord: token.out(its.stopWordFlag) === true,
    });
  });
  const spanOf = ([first, last]: number[]): NlpSpan => ({
    start: tokens[first ?? 0]?.start ?? 0,
    end: tokens[last ?? 0]?.end ?? 0,
  });
  // A line break ends a sentence too: headlines, subheads and list items carry no full stop.
  const sentences = (document.sentences().out(its.span) as unknown as number[][])
    .map(spanOf)
    .flatMap((sentence) => splitAtLineBreaks(text, sentence));
  const dates: NlpSpan[] = [];
  document.entities().each((entity: ItemEntity) => {
    if (entity.out(its.type) === "DATE") {
      dates.push(spanOf(entity.out(its.span) as unknown as number[]));
    }
  });
  return { tokens, sentences, dates };
}
