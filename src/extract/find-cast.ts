import type { ArticleContext } from "./article-context.js";
import { LIST_SEPARATOR, NAME, NAME_LIST, trimLeadingWord } from "./name-patterns.js";
import type { TextSpan } from "./text-span.js";
import { spanOf } from "./text-span.js";

export interface CastPair {
  /** As written: a full name, or a surname that the draft resolves ("Raz, who plays ..."). */
  actor: string;
  character: string;
  span: TextSpan;
}

/** "has joined the second season of Netflix's Wednesday as": joining the show named after the verb. */
const JOINED = String.raw`(?:has joined|have joined|joined|joins|will join)[ \t]+the[ \t]+[^.;,“”"]{1,60}?`;
/** What stands between an actor and "as": "stars", "is back", "joins the cast", ... */
const BEFORE_AS = String.raw`(?:,? who)?(?:[ \t]+(?:${JOINED}|stars|starred|star|co-stars|is back|are back|returns|return|returned|returning|joins the cast|joined the cast|join the cast|leads the cast|led the cast|has been cast|have been cast|was cast|were cast|is cast|will star|will appear|appears|appeared|reprises (?:his|her|their) role|is|was|will be))?[ \t]+as`;
/** Verbs that take the character directly: "plays Joel Miller", "will play Mel and Nora". */
const PLAY = String.raw`(?:,? who)?[ \t]+(?:plays|played|will play|is playing|play|portrays|portrayed)`;
/** "Cosmo Jarvis is John Blackthorne, the English pilot": a full name, "is", a name, then a pause. */
const IS = String.raw`[ \t]+is`;
/** "Lars Mikkelsen was the ambitious politician Troels Hartmann,": a description, then the name. */
const IS_THE = String.raw`[ \t]+(?:is|was)[ \t]+the(?=[ \t]+\p{Ll})`;

/**
 * Lower-case or all-capital words that describe a character before the name ("LAPD detective"),
 * or a relation to another character and a comma ("Lund's partner, Jan Meyer").
 */
const DESCRIPTOR = String.raw`(?:${NAME}['’]s[ \t]+(?:[\p{Ll}-]+[ \t]+){0,2}[\p{Ll}-]+,[ \t]+)?(?:(?:[\p{Ll}][\p{Ll}’'-]*|\p{Lu}{2,})[ \t]+){0,4}`;

const FORMS: Array<{ verb: string; descriptor: boolean; list: boolean; pause?: boolean }> = [
  { verb: BEFORE_AS, descriptor: true, list: true },
  { verb: PLAY, descriptor: true, list: true },
  { verb: IS, descriptor: false, list: false, pause: true },
  { verb: IS_THE, descriptor: true, list: false, pause: true },
];

/** Names listed just before `end` on the same line, nearest last ("Jeremy Strong, Sarah Snook and Kieran Culkin"). */
function namesBefore(text: string, end: number): Array<{ name: string; start: number; end: number }> {
  const lineStart = Math.max(text.lastIndexOf("\n", end - 1) + 1, 0);
  const before = text.slice(lineStart, end);
  const list = new RegExp(String.raw`(?:${NAME_LIST})$`, "u").exec(before);
  if (!list) {
    return [];
  }
  const names: Array<{ name: string; start: number; end: number }> = [];
  let offset = lineStart + list.index;
  for (const part of list[0].split(LIST_SEPARATOR)) {
    const at = text.indexOf(part, offset);
    names.push({ name: part, start: at, end: at + part.length });
    offset = at + part.length;
  }
  return names;
}

function splitList(list: string): string[] {
  return list.split(LIST_SEPARATOR).filter((part) => part !== "");
}

/**
 * Cast lines in the forms journalists write them: "X as Y" (with "stars", "returns", "joins the
 * cast", "has been cast" ... before "as"), "X plays Y", "X, who plays Y", "X will play Y",
 * "X is Y,", "X (Y)", "X's Y" before a verb, and lists paired in order ("A, B and C as X, Y and
 * Z, respectively"). Descriptions before the character ("her brother Burton", "LAPD detective
 * Chloe Decker") are left out of the name.
 */
export function findCast(context: ArticleContext, notActors: ReadonlySet<string>): CastPair[] {
  const { text } = context;
  const pairs: CastPair[] = [];
  const seen = new Set<string>();
  const add = (actor: string, character: string, start: number, end: number) => {
    const name = trimLeadingWord(actor);
    const key = `${name}|${character}`;
    if (name === "" || notActors.has(name) || name === character || seen.has(key)) {
      return;
    }
    seen.add(key);
    pairs.push({ actor: name, character, span: spanOf(text, start, end) });
  };
  const found: CastPair[] = [];
  for (const form of FORMS) {
    const right = form.list
      ? String.raw`(?<characters>${NAME_LIST})`
      : String.raw`(?<characters>${NAME})(?=[,.;])`;
    const pattern = new RegExp(
      String.raw`(?<verb>${form.verb})[ \t]+(?<descriptor>${form.descriptor ? DESCRIPTOR : ""})${right}`,
      "gu",
    );
    for (const match of text.matchAll(pattern)) {
      if (match.index < context.headline.end) {
        continue;
      }
      // A character named by an earlier "as" in the list is no actor ("Ben Barnes as General Kirigan, Archie Renaux as ...").
      const actors = namesBefore(text, match.index).filter(
        (name) =>
          !found.some(
            (pair) =>
              pair.span.start <= name.start && name.end <= pair.span.end && pair.character === name.name,
          ),
      );
      // "before he was cast as Carmen Berzatto": the draft resolves the pronoun to the person named before.
      const pronoun = /(?<![\p{L}])(?:he|she)$/u.exec(text.slice(Math.max(0, match.index - 4), match.index));
      if (actors.length === 0 && pronoun && !form.pause) {
        actors.push({ name: pronoun[0], start: match.index - pronoun[0].length, end: match.index });
      }
      if (actors.length === 0 || (form.pause && actors.at(-1)?.name.split(/\s+/).length === 1)) {
        continue;
      }
      let characters = splitList(match.groups?.characters as string);
      // "as Mal Oretsev and Freddy Carter, Amita Suman and Kit Young as ...": names before another
      // "as" are the next actors, not more characters.
      const nextGroup = /^[ \t]+(?:as|plays|will play|who)\b|^,[ \t]+who\b/.test(
        text.slice(match.index + match[0].length, match.index + match[0].length + 12),
      );
      const listed = /\band\b/.test(match.groups?.characters as string) && !nextGroup;
      if (!listed) {
        characters = characters.slice(0, 1);
      }
      const count = Math.min(actors.length, characters.length);
      const chosenActors = actors.length > characters.length ? actors.slice(-count) : actors;
      const charactersStart = match.index + match[0].length - (match.groups?.characters as string).length;
      const end =
        characters.length === 1
          ? charactersStart + (characters[0] as string).length
          : match.index + match[0].length;
      chosenActors.slice(0, count).forEach((actor, index) => {
        found.push({
          actor: actor.name,
          character: characters[index] as string,
          span: spanOf(text, count === 1 ? actor.start : (chosenActors[0]?.start ?? actor.start), end),
        });
      });
    }
  }
  // "Britt Lower (Helly R.)", unless the name before the brackets is itself a character ("as Seong Gi-hun (Player 456)").
  for (const match of text.matchAll(
    new RegExp(String.raw`(?<actor>${NAME})[ \t]+\((?<character>${NAME})\)`, "gu"),
  )) {
    const actor = match.groups?.actor as string;
    const before = text.slice(Math.max(0, match.index - 4), match.index);
    if (actor.split(/\s+/).length >= 2 && !/\bas\s$/.test(before)) {
      // "detective Sarah Lund (Sofie Gråbøl)": after a describing noun, the character comes first.
      const previous = context.nlp.tokens.filter((token) => token.end <= match.index).at(-1);
      const reversed = previous?.pos === "NOUN" && /^\p{Ll}/u.test(previous.text);
      const character = match.groups?.character as string;
      found.push({
        actor: reversed ? character : actor,
        character: reversed ? actor : character,
        span: spanOf(text, match.index, match.index + match[0].length),
      });
    }
  }
  // "Pedro Alonso's Berlin proved so popular": a possessive before a character who then acts.
  for (const match of text.matchAll(
    new RegExp(String.raw`(?<actor>${NAME})['’]s[ \t]+(?<character>${NAME})(?=[ \t])`, "gu"),
  )) {
    const actor = match.groups?.actor as string;
    const end = match.index + match[0].length;
    const next = context.nlp.tokens.find((token) => token.start > end);
    if (actor.split(/\s+/).length >= 2 && (next?.pos === "VERB" || next?.pos === "AUX")) {
      found.push({
        actor,
        character: match.groups?.character as string,
        span: spanOf(text, match.index, end),
      });
    }
  }
  for (const pair of found.sort((a, b) => a.span.start - b.span.start)) {
    add(pair.actor, pair.character, pair.span.start, pair.span.end);
  }
  return pairs;
}
