import { FULL_NAME, trimLeadingWord } from "./name-patterns.js";

/**
 * The people an article names, so that a later mention by surname ("Raz", "Odar") or by a
 * pronoun ("he said") is resolved to the full name given earlier ("Lior Raz"). Korean names put
 * the family name first ("Hwang Dong-hyuk" is "Hwang"), so a surname may be a first word too.
 */
export class PersonNames {
  private readonly full = new Set<string>();
  private readonly mentions: Array<{ name: string; start: number }> = [];

  constructor(
    private readonly text: string,
    private readonly notPeople: ReadonlySet<string>,
  ) {}

  /** Records a person's name as written (full names only), e.g. from a cast line. */
  add(name: string): void {
    if (name.split(/\s+/).length >= 2 && !this.notPeople.has(name)) {
      this.full.add(name);
    }
  }

  /** Records every full name in the text that no other rule claimed (organisations, places, titles). */
  addUnclaimedNames(claimed: ReadonlySet<string>): void {
    for (const match of this.text.matchAll(new RegExp(FULL_NAME, "gu"))) {
      // "cast as Carmen Berzatto", "plays Joel Miller": a character, not a person.
      if (
        /\b(?:as|plays|played|play|portrays|portrayed)[ \t]+$/.test(
          this.text.slice(Math.max(0, match.index - 10), match.index),
        )
      ) {
        continue;
      }
      // "Leigh Bardugo's Grishaverse novels": the name ends at the possessive.
      const name = trimLeadingWord((match[0].split(/['’]s\b/u)[0] ?? "").trim());
      const known = [...claimed, ...this.full];
      if (
        !known.some((other) => other.includes(name) || name.includes(other)) &&
        !/^(?:The|A|An|In|On)\s/.test(name)
      ) {
        this.add(name);
      }
    }
  }

  /** The full name a surname or a full name stands for; the name itself when no single person fits. */
  resolve(name: string): string {
    if (this.full.has(name) || name.split(/\s+/).length >= 2) {
      return name;
    }
    const byLast = [...this.full].filter((full) => full.split(/\s+/).at(-1) === name);
    if (byLast.length === 1) {
      return byLast[0] as string;
    }
    const byFirst = [...this.full].filter((full) => full.split(/\s+/)[0] === name);
    return byFirst.length === 1 ? (byFirst[0] as string) : name;
  }

  /** The person last named before `offset` (for "he said"): full names and resolvable surnames. */
  lastBefore(offset: number): string | undefined {
    if (this.mentions.length === 0) {
      for (const full of this.full) {
        const words = full.split(/\s+/);
        for (const form of new Set([full, words.at(-1) as string, words[0] as string])) {
          for (const match of this.text.matchAll(
            new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}])`, "gu"),
          )) {
            if (this.resolve(form) === full) {
              this.mentions.push({ name: full, start: match.index });
            }
          }
        }
      }
      this.mentions.sort((a, b) => a.start - b.start);
    }
    return this.mentions.filter((mention) => mention.start < offset).at(-1)?.name;
  }
}
