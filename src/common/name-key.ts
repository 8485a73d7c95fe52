/**
 * The normalised form of a name or title stored as `nameKey`: lower case, accents removed,
 * white space collapsed. Exact lookups compare keys, so "hit & run" finds "Hit & Run" through an
 * index, and "Sanaa" finds "Sanáa".
 */
export function toNameKey(name: string): string {
  return name.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}
