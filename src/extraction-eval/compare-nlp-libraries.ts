import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";

import nlp from "compromise";
import datesPlugin from "compromise-dates";
import { parse } from "yaml";

import { readNlpDocument } from "../extract/nlp-document.js";
import { toPartialDate } from "../extract/partial-dates.js";
import { expectedFactsSchema } from "./expected-facts.js";
import { EVALUATION_FOLDER } from "./run-evaluation.js";

/**
 * What each candidate NLP library gives on the evaluation set, for what the rules need from it:
 * people's names and places as units (recall of the names a reader marked), dates read at the
 * text's precision (recall of the events' dates), sentences not split inside a name's initials
 * or an abbreviation, and speed. Used by `npm run bench:nlp`; docs/extraction.md has the figures.
 */
export interface LibraryScores {
  library: string;
  people: { found: number; expected: number };
  places: { found: number; expected: number };
  dates: { found: number; expected: number };
  /** Sentences that end on an initial or an abbreviation ("Scott B.", "Nov."): a wrong split. */
  falseSplits: number;
  millisecondsPerArticle: number;
}

interface Article {
  text: string;
  people: string[];
  places: string[];
  dates: string[];
}

async function readSet(folder: string): Promise<Article[]> {
  const names = (await readdir(folder)).filter((file) => file.endsWith(".txt")).sort();
  return Promise.all(
    names.map(async (file) => {
      const text = await readFile(join(folder, file), "utf8");
      const expected = expectedFactsSchema.parse(
        parse(await readFile(join(folder, file.replace(/\.txt$/, ".expected.yaml")), "utf8")),
      );
      const people = [
        ...new Set([
          ...expected.cast.map((pair) => pair.actor),
          ...expected.crew.map((credit) => credit.person),
          ...expected.quotes.map((quote) => quote.speaker),
        ]),
      ];
      const dates = [...new Set(expected.events.flatMap((event) => (event.date ? [event.date] : [])))];
      return { text, people, places: [...new Set(expected.places.map((place) => place.place))], dates };
    }),
  );
}

const FALSE_SPLIT = /(?:\b\p{Lu}|\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St))\.$/u;

/** Names the reader marked that the library returns as one unit (exactly). */
function countFound(marked: string[], units: string[]): number {
  const clean = new Set(
    units.map((unit) =>
      unit
        .replace(/['’]s$/u, "")
        .replace(/[.,;:]+$/u, "")
        .trim(),
    ),
  );
  return marked.filter((name) => clean.has(name)).length;
}

interface Reading {
  people: string[];
  places: string[];
  dates: string[];
  sentences: string[];
}

function readWithWink(text: string): Reading {
  const document = readNlpDocument(text);
  // The lite model has no person or place entities: runs of proper nouns stand for names.
  const chunks: string[] = [];
  let run: { start: number; end: number } | undefined;
  for (const token of document.tokens) {
    if (token.pos === "PROPN") {
      run = run ? { start: run.start, end: token.end } : { start: token.start, end: token.end };
    } else if (run) {
      chunks.push(text.slice(run.start, run.end));
      run = undefined;
    }
  }
  return {
    people: chunks,
    places: chunks,
    dates: document.dates.flatMap((span) => {
      const value = toPartialDate(text.slice(span.start, span.end));
      return value ? [value] : [];
    }),
    sentences: document.sentences.map((span) => text.slice(span.start, span.end).trim()),
  };
}

const compromise = nlp.extend(datesPlugin);

/** compromise's date objects give a start and an end; their span tells the precision written. */
function partialOf(start: string | undefined, end: string | undefined): string | undefined {
  if (!start || !end) {
    return undefined;
  }
  const day = start.slice(0, 10);
  const last = end.slice(0, 10);
  if (day === last) {
    return day;
  }
  if (day.endsWith("-01-01") && last.endsWith("-12-31")) {
    return day.slice(0, 4);
  }
  return day.endsWith("-01") && day.slice(0, 7) === last.slice(0, 7) ? day.slice(0, 7) : undefined;
}

function readWithCompromise(text: string): Reading {
  const document = compromise(text);
  const dates = (
    document as unknown as {
      dates: () => { json: () => Array<{ dates?: { start?: string; end?: string } }> };
    }
  )
    .dates()
    .json()
    .flatMap((date) => {
      const value = partialOf(date.dates?.start, date.dates?.end);
      return value ? [value] : [];
    });
  return {
    people: document.people().out("array") as string[],
    places: document.places().out("array") as string[],
    dates,
    sentences: (document.sentences().out("array") as string[]).map((sentence) => sentence.trim()),
  };
}

function score(library: string, articles: Article[], read: (text: string) => Reading): LibraryScores {
  const total = { people: [0, 0], places: [0, 0], dates: [0, 0], falseSplits: 0 };
  for (const article of articles) {
    const reading = read(article.text);
    total.people = [
      total.people[0]! + countFound(article.people, reading.people),
      total.people[1]! + article.people.length,
    ];
    total.places = [
      total.places[0]! + countFound(article.places, reading.places),
      total.places[1]! + article.places.length,
    ];
    total.dates = [
      total.dates[0]! + article.dates.filter((date) => reading.dates.includes(date)).length,
      total.dates[1]! + article.dates.length,
    ];
    total.falseSplits += reading.sentences.filter((sentence) => FALSE_SPLIT.test(sentence)).length;
  }
  const rounds = 20;
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    articles.forEach((article) => read(article.text));
  }
  const millisecondsPerArticle = (performance.now() - started) / (rounds * articles.length);
  const pair = ([found, expected]: number[]) => ({ found: found ?? 0, expected: expected ?? 0 });
  return {
    library,
    people: pair(total.people),
    places: pair(total.places),
    dates: pair(total.dates),
    falseSplits: total.falseSplits,
    millisecondsPerArticle,
  };
}

/** Scores wink-nlp (with wink-eng-lite-web-model) and compromise (with compromise-dates) on the set. */
export async function compareNlpLibraries(folder = EVALUATION_FOLDER): Promise<LibraryScores[]> {
  const articles = await readSet(folder);
  readWithWink(articles[0]?.text ?? "");
  readWithCompromise(articles[0]?.text ?? "");
  return [
    score("wink-nlp 2.4 + wink-eng-lite-web-model 1.8", articles, readWithWink),
    score("compromise 14.17 + compromise-dates 3.9", articles, readWithCompromise),
  ];
}
