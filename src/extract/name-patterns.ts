/**
 * How names are written in English-language TV journalism, as regular-expression sources shared
 * by the rule families: capitalised words with diacritics, apostrophes, hyphens and initials
 * ("Chloë Grace Moretz", "D.B. Woodside", "Lee Jung-jae", "Scott B. Smith"), and the lower-case
 * particles of many languages' surnames ("Baran bo Odar", "Rafael de la Fuente").
 */

/**
 * One capitalised word: initials ("D.B.", "R.") or a letter in upper case, then letters, marks,
 * apostrophes and hyphens ("Jung-jae", "O’Neil"); a word's full stop is a sentence's, not the name's.
 */
export const NAME_WORD = String.raw`(?:(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof)\.(?=[ \t]+\p{Lu})|\p{Lu}\.(?:\p{Lu}\.)*(?![\p{L}])|\p{Lu}[\p{L}\p{M}\d’'+-]*(?<!['’-]))`;

const PARTICLE = String.raw`(?:bo|de|del|della|der|den|di|da|du|la|le|van|von|al|bin|ibn|y)`;

/** Between a name's words: spaces, particles, or an elided "d'"/"l'" ("Cala d'Or", "Jeanne d’Arc"). */
const BETWEEN = String.raw`[ \t]+(?:(?:${PARTICLE}[ \t]+)*|[dl]['’](?=\p{Lu}))`;

/** A name of one or more capitalised words, with particles between them. */
export const NAME = String.raw`${NAME_WORD}(?:${BETWEEN}${NAME_WORD})*`;

/** A person's full name: two words or more ("Lior Raz", "Hwang Dong-hyuk"). */
export const FULL_NAME = String.raw`${NAME_WORD}(?:${BETWEEN}${NAME_WORD})+`;

/** Names listed: "Kaz Brekker, Inej Ghafa and Jesper Fahey". */
export const NAME_LIST = String.raw`${NAME}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+)${NAME})*`;

/** What separates the items of a list: ", and", ",", "and". */
export const LIST_SEPARATOR = /,[ \t]+and[ \t]+|,[ \t]+|[ \t]+and[ \t]+/u;

/** Words that start sentences or headlines in capitals but never begin a person's name. */
const NOT_NAME_START = new Set([
  "The",
  "A",
  "An",
  "In",
  "On",
  "At",
  "And",
  "But",
  "With",
  "When",
  "While",
  "After",
  "Before",
  "Both",
  "Much",
  "Season",
  "Series",
  "Actor",
  "Actress",
  "Creator",
  "Co-creator",
  "Writer-director",
  "Executive",
  "Showrunner",
  "Writer",
  "Director",
  "Star",
  "Stars",
  "Fans",
  "Production",
  "Filming",
  "Set",
  "Inside",
  "How",
  "From",
]);

/** The name with a leading capitalised non-name word removed ("Actor Tsahi Halevi" -> "Tsahi Halevi"). */
export function trimLeadingWord(name: string): string {
  const [first, ...rest] = name.split(/\s+/);
  return first !== undefined && NOT_NAME_START.has(first) ? rest.join(" ") : name;
}

/** A possessive's trailing "'s" or "’s" removed ("Netflix's" -> "Netflix"). */
export function withoutPossessive(name: string): string {
  return name.replace(/['’]s$/u, "");
}

/**
 * Given names sharing the surname after them: "Matt and Ross Duffer" is Matt Duffer and Ross
 * Duffer. A single word stays as it is when the text uses it as someone's surname ("Kondo and
 * Justin Marks", after "Rachel Kondo").
 */
export function withSharedSurname(names: string[], text: string): string[] {
  const last = names.at(-1)?.split(/\s+/) ?? [];
  if (names.length < 2 || last.length !== 2) {
    return names;
  }
  const surname = last[1] as string;
  return names.map((name, index) => {
    const asSurname = new RegExp(String.raw`${NAME_WORD}[ \t]+${escapeRegExp(name)}(?![\p{L}])`, "u");
    return index < names.length - 1 && !/\s/.test(name) && !asSurname.test(text)
      ? `${name} ${surname}`
      : name;
  });
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
