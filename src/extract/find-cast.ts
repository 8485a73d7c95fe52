import type { TextSpan } from "./text-span.js";
import { NAME, spanOf } from "./text-span.js";

export interface CastPair {
  actor: string;
  character: string;
  span: TextSpan;
}

const CAST_LINE = new RegExp(
  String.raw`(?<actor>\p{Lu}[\p{L}’'.-]*(?:[ \t]+\p{Lu}[\p{L}’'.-]*)+)[ \t]+as[ \t]+(?<character>${NAME})`,
  "gu",
);

/**
 * "Actor as Character": in a cast list (bullets, a trailing "and" or full stop are left out of the
 * quote) or inside a sentence ("starring Lior Raz as Segev Azulai"). The actor needs at least two
 * names, so "such as New York" or "Netflix as a streamer" are not cast lines.
 */
export function findCast(text: string): CastPair[] {
  return [...text.matchAll(CAST_LINE)].map((match) => {
    const actor = match.groups?.actor as string;
    const written = match.groups?.character as string;
    const character = written.replace(/\.+$/, "");
    const end = match.index + match[0].length - (written.length - character.length);
    return { actor, character, span: spanOf(text, match.index, end) };
  });
}
