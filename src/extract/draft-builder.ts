import { createHash } from "node:crypto";

import { toSlug } from "../common/slug.js";
import type { ClaimRecord, EntityRecord, QuoteRecord } from "../ingest/facts-schema.js";
import type { TextSpan } from "./text-span.js";

/**
 * Collects a draft's entities, quotes and claims once each, in the order found. An id comes from
 * the name (`toSlug`); a name in a script the slug cannot spell (Hebrew, Korean) gets a short hash.
 */
export class DraftBuilder {
  readonly entities: EntityRecord[] = [];
  readonly quotes: QuoteRecord[] = [];
  readonly claims: ClaimRecord[] = [];
  private readonly entityKeys = new Set<string>();
  private readonly claimsByKey = new Map<string, ClaimRecord>();

  /** Adds the entity unless one of its type and id is there; returns its reference (`Type:id`). */
  entity(entity: EntityRecord): string {
    const key = `${entity.type}:${entity.id}`;
    if (!this.entityKeys.has(key)) {
      this.entityKeys.add(key);
      this.entities.push(entity);
    }
    return key;
  }

  has(reference: string): boolean {
    return this.entityKeys.has(reference);
  }

  /** Adds the claim, unreviewed; the same statement made again adds its words to the claim's support. */
  claim(claim: Omit<ClaimRecord, "reviewed">): void {
    const key = [
      claim.subject,
      claim.predicate,
      claim.object,
      claim.value,
      claim.validFrom,
      claim.properties?.job,
    ].join("|");
    const existing = this.claimsByKey.get(key);
    if (!existing) {
      const added = { ...claim, reviewed: false };
      this.claimsByKey.set(key, added);
      this.claims.push(added);
      return;
    }
    for (const words of claim.support ?? []) {
      if (!existing.support?.some((other) => other.start === words.start && other.end === words.end)) {
        existing.support = [...(existing.support ?? []), words];
      }
    }
  }
}

/** An id segment for a name: its slug, or a hash of it when it has no Latin letters. */
export function idOf(name: string): string {
  return toSlug(name) || `name-${createHash("sha256").update(name).digest("hex").slice(0, 8)}`;
}

/** A claim's support: the article's words at their offsets. */
export function support(span: TextSpan) {
  return [{ quote: span.quote, start: span.start, end: span.end }];
}
