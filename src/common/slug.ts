import { createHash } from "node:crypto";

import { toNameKey } from "./name-key.js";

/** A readable id segment from a name: "Hit & Run" -> "hit-and-run", "Lior Raz" -> "lior-raz". */
export function toSlug(name: string): string {
  return toNameKey(name)
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** A slug short enough for an id: long text keeps its start and gains a hash of the whole. */
export function toShortSlug(text: string, maxLength = 40): string {
  const slug = toSlug(text);
  if (slug.length <= maxLength) {
    return slug;
  }
  const hash = createHash("sha256").update(text).digest("hex").slice(0, 8);
  return `${slug.slice(0, maxLength - 9).replace(/-+$/, "")}-${hash}`;
}
