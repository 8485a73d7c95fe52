import type { FactsDraft } from "../extract/extract-draft.js";

/** Where a drafted entity is named in the article: UTF-16 offsets into `draft.article.text`. */
export interface EntityMention {
  /** The entity as claims refer to it: `Person:lior-raz`. */
  entity: string;
  start: number;
  end: number;
}

/** Enough to find each name in a long article without listing every one of a hundred mentions. */
const MENTIONS_PER_ENTITY = 20;

/**
 * The note the extractor gives an entity found under another name ("United States" written "US"):
 * `named at 1234 ("US")` or `named at 1234: "Website Deadline"` (find-places.ts, extract-draft.ts).
 */
const NOTED_AT = /named at (\d+)(?: \(|: )"([^"]+)"/;

/**
 * The words of the article each drafted entity came from, for a reviewer to see them highlighted:
 * every place its name (or title) is written, exactly; else where its note says it was named;
 * else (an outlet's report) the words of the claims about it. The draft itself holds offsets only for claims
 * and quotes, and a facts file has no field for these, so they travel beside it.
 */
export function entityMentions(draft: FactsDraft): EntityMention[] {
  const { text } = draft.article;
  const mentions: EntityMention[] = [];
  for (const entity of draft.entities) {
    const reference = `${entity.type}:${entity.id}`;
    const name = "title" in entity ? entity.title : "name" in entity ? entity.name : undefined;
    const found: EntityMention[] = [];
    for (
      let start = name ? text.indexOf(name) : -1;
      name && start >= 0 && found.length < MENTIONS_PER_ENTITY;
      start = text.indexOf(name, start + name.length)
    ) {
      found.push({ entity: reference, start, end: start + name.length });
    }
    const noted = NOTED_AT.exec(entity.note ?? "");
    if (found.length === 0 && noted) {
      const start = Number(noted[1]);
      const quote = noted[2] ?? "";
      if (text.slice(start, start + quote.length) === quote) {
        found.push({ entity: reference, start, end: start + quote.length });
      }
    }
    if (found.length === 0) {
      for (const claim of draft.claims) {
        if (claim.subject === reference || claim.object === reference) {
          for (const { start, end } of claim.support ?? []) {
            if (start !== undefined && end !== undefined) {
              found.push({ entity: reference, start, end });
            }
          }
        }
      }
    }
    mentions.push(...found.slice(0, MENTIONS_PER_ENTITY));
  }
  return mentions;
}
