import type { CypherStatement } from "../neo4j/cypher-executor.js";

/**
 * A claim's known time (docs/model.md, "Known time") follows from its sources, so ingest derives
 * it rather than a file stating it: whenever a claim is created or gains a source, and whenever an
 * article it rests on gets a (new) publication date. A claim with no source at all is general
 * knowledge; otherwise it became known with the earliest dated article that supports it or that
 * originally reported it (CITED_REPORT when that earliest one is the original report, which wins a
 * tie since the supporting article relays it). A claim whose sources are all undated has no known
 * time. An explicit PUBLIC_EVENT (a premiere is known when it happens, however late the articles)
 * is what the file said, and stays; so does EDIT, the day an editor added the claim (addClaim,
 * issue 13: "claims added by an editor get the edit time as their known time").
 */
const DERIVE = [
  "WITH DISTINCT c",
  "WHERE c.knownFromBasis IS NULL OR NOT c.knownFromBasis IN ['PUBLIC_EVENT', 'EDIT']",
  "WITH c, EXISTS { (c)-[:SUPPORTED_BY|ORIGINALLY_REPORTED_BY]->(:Article) } AS sourced,",
  "  COLLECT {",
  "    MATCH (c)-[link:SUPPORTED_BY|ORIGINALLY_REPORTED_BY]->(a:Article)",
  "    WHERE a.publishedDate IS NOT NULL",
  "    WITH a, type(link) = 'ORIGINALLY_REPORTED_BY' AS cited",
  "    ORDER BY a.publishedDate, cited DESC",
  "    RETURN {date: a.publishedDate, precision: a.publishedDatePrecision, cited: cited} AS source",
  "  }[0] AS first",
  "SET c.knownFrom = first.date, c.knownFromPrecision = first.precision,",
  "  c.knownFromBasis = CASE",
  "    WHEN NOT sourced THEN 'GENERAL_KNOWLEDGE'",
  "    WHEN first IS NULL THEN null",
  "    WHEN first.cited THEN 'CITED_REPORT'",
  "    ELSE 'SUPPORTING_ARTICLE'",
  "  END",
];

/**
 * Stamps claims (`ids`) an editor added through the API with the day of the edit as their known
 * time, basis EDIT, which derivation then leaves alone (issue 13: "claims added by an editor get
 * the edit time as their known time").
 */
export const KNOWN_FROM_EDIT = [
  "UNWIND $ids AS id",
  "MATCH (c:Claim {id: id})",
  "SET c.knownFrom = date(), c.knownFromPrecision = 'DAY', c.knownFromBasis = 'EDIT'",
].join("\n");

/** Re-derives the known times of these claims (`rows`: `[{id}]`, claim ids). */
export const DERIVE_CLAIM_KNOWN_TIMES = [
  "UNWIND $rows AS row",
  "MATCH (c:Claim {id: row.id})",
  ...DERIVE,
].join("\n");

/** Re-derives the known times of every claim these articles support or originally reported. */
export const DERIVE_ARTICLE_CLAIMS_KNOWN_TIMES = [
  "UNWIND $rows AS row",
  "MATCH (:Article {id: row.id})<-[:SUPPORTED_BY|ORIGINALLY_REPORTED_BY]-(c:Claim)",
  ...DERIVE,
].join("\n");

/** The statements that re-derive known times, in batches of `batchSize` ids. */
export function deriveKnownTimes(
  { claims, articles }: { claims: Iterable<string>; articles: Iterable<string> },
  batchSize: number,
): CypherStatement[] {
  const batches = (cypher: string, ids: string[]) =>
    Array.from({ length: Math.ceil(ids.length / batchSize) }, (_, index) => ({
      cypher,
      parameters: { rows: ids.slice(index * batchSize, (index + 1) * batchSize).map((id) => ({ id })) },
    }));
  return [
    ...batches(DERIVE_CLAIM_KNOWN_TIMES, [...claims]),
    ...batches(DERIVE_ARTICLE_CLAIMS_KNOWN_TIMES, [...articles]),
  ];
}
