import type { FactKey, FactKind, FactsByKind } from "./draft-facts.js";
import { KINDS, eventKey, quoteKey } from "./draft-facts.js";
import type { ExpectedFacts } from "./expected-facts.js";

/** Counts for one kind: found and right, found, expected; and what was missed or wrongly found. */
export interface KindScore {
  correct: number;
  found: number;
  expected: number;
  missed: string[];
  wrong: string[];
}

export type ArticleScore = Record<FactKind, KindScore>;

/** The expected facts as keys of the same shape as `draftFacts` gives. */
export function expectedKeys(expected: ExpectedFacts): Record<FactKind, string[]> {
  return {
    show: [expected.show],
    cast: expected.cast.map(({ actor, character }) => `${actor}|${character}`),
    crew: expected.crew.map(({ person, job }) => `${person}|${job}`),
    networks: expected.networks,
    events: expected.events.map(({ kind, season, date }) => eventKey(kind, season, date)),
    outlets: expected.outlets,
    quotes: expected.quotes.map(({ speaker, text, outlet }) => quoteKey(speaker, text, outlet)),
    places: expected.places.map(({ place, role }) => `${place}|${role}`),
  };
}

/** A found quote matches an expected one that its words start with (same speaker and outlet). */
function matches(kind: FactKind, found: string, expected: string): boolean {
  if (kind !== "quotes") {
    return found === expected;
  }
  const [speaker, words, outlet] = found.split("|");
  const [wantSpeaker, wantWords, wantOutlet] = expected.split("|");
  const stripped = (text = "") => text.replace(/^[\s"“‘']+/, "");
  return speaker === wantSpeaker && outlet === wantOutlet && stripped(words).startsWith(stripped(wantWords));
}

/**
 * Precision and recall counts per kind: each expected fact is matched by at most one found fact
 * and the other way round; a fact found twice counts once (a draft states a fact once).
 */
export function scoreArticle(found: FactsByKind, expected: ExpectedFacts): ArticleScore {
  const wanted = expectedKeys(expected);
  const score = {} as ArticleScore;
  for (const kind of KINDS) {
    const distinct = [...new Map(found[kind].map((fact: FactKey) => [fact.key, fact])).values()];
    const open = [...wanted[kind]];
    const wrong: string[] = [];
    let correct = 0;
    for (const fact of distinct) {
      const at = open.findIndex((key) => matches(kind, fact.key, key));
      if (at >= 0) {
        open.splice(at, 1);
        correct += 1;
      } else {
        wrong.push(fact.label);
      }
    }
    score[kind] = {
      correct,
      found: distinct.length,
      expected: wanted[kind].length,
      missed: open.map((key) => key.replace(/\|/g, " · ")),
      wrong,
    };
  }
  return score;
}
