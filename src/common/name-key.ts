import anyAscii from "any-ascii";

/** Latin letters outside ASCII: what is left of a name's accents once marks are gone. */
const NON_ASCII_LATIN = /(?!\p{ASCII})\p{Script=Latin}/gu;

/**
 * The normalised form of a name or title stored as `nameKey`: lower case, accents removed,
 * white space collapsed. Exact lookups, the `...Contains` filters, the search query and the
 * full-text index (migration 0005 indexes `nameKey`) all compare keys, so "hit & run" finds
 * "Hit & Run" through an index, "Sanaa" finds "Sanáa" and "Soren Kierkegard" finds "Søren
 * Kierkegård".
 *
 * NFKD splits letters from their accents (á is a + ◌́), but many Latin letters are letters of
 * their own that do not decompose: ø, æ, œ, ß, đ, ł, þ, ð, ı, ħ, ŧ. Those are transliterated with
 * any-ascii (ø → o, æ → ae, ß → ss, þ → th), a maintained table of every Unicode letter, rather
 * than a table of our own that would miss some. Only Latin letters are transliterated: a Hebrew or
 * Japanese title keeps its script (and is found by it), rather than becoming a romanisation that
 * nobody types. Keys depend on this function: changing what it folds needs a migration that
 * rebuilds the stored keys (src/db/migrations/rebuild-name-keys.ts).
 */
export function toNameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(NON_ASCII_LATIN, (letter) => anyAscii(letter))
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
