import type { ReferenceType, RelationshipType } from "./graph-vocabulary.js";
import { EXTERNAL_KEY_PROPERTIES, NAME_PROPERTY, RELATIONSHIP_PREDICATES } from "./graph-vocabulary.js";

/**
 * The ingest path's Cypher, one batched UNWIND statement per label or predicate. Labels, types and
 * property names come only from the fixed tables of graph-vocabulary.ts; every value is a parameter.
 */

const memo = new Map<string, string>();
function memoised(key: string, build: () => string): string {
  let cypher = memo.get(key);
  if (cypher === undefined) {
    cypher = build();
    memo.set(key, cypher);
  }
  return cypher;
}

const PERSON_CREDITS =
  "COLLECT { MATCH (n)-[:PLAYS]->(:Character)-[:CHARACTER_IN]->(s:Show) RETURN s.id UNION MATCH (n)-[:WORKED_ON]->(s:Show) RETURN s.id }";

/**
 * Characters and seasons are named within their show: the show is matched first, and its
 * characters or seasons are read by expanding from it. Given the name and the show in one
 * pattern, the planner chose to scan every show for every row; given a label on `n`, it may start
 * from a scan of that label. Without one, expanding from the show is the only plan (only
 * characters are CHARACTER_IN a show, only seasons SEASON_OF one).
 */
function scopedByShow(label: ReferenceType): string | undefined {
  switch (label) {
    case "Character":
      return "[(show)<-[:CHARACTER_IN]-(n) WHERE n.nameKey = row.nameKey | properties(n)]";
    case "Season":
      return "[(show)<-[:SEASON_OF]-(n) WHERE n.number = row.number | properties(n)]";
    default:
      return undefined;
  }
}

function nameMatch(label: ReferenceType): string | undefined {
  const scoped = scopedByShow(label);
  if (scoped) {
    return `CASE WHEN show IS NULL THEN [] ELSE ${scoped} END`;
  }
  switch (label) {
    case "Person":
      return `COLLECT { MATCH (n:Person {nameKey: row.nameKey}) RETURN n {.*, credits: CASE WHEN row.knownFor IS NULL THEN [] ELSE ${PERSON_CREDITS} END} AS n }`;
    case "Article":
    case "Quote":
      // Titles are not identities: two articles may share one. Articles match by URL or id only.
      return undefined;
    default:
      return NAME_PROPERTY[label]
        ? `COLLECT { MATCH (n:${label} {nameKey: row.nameKey}) RETURN properties(n) AS n }`
        : undefined;
  }
}

/** Finds, for each row, the nodes of a label it may be: by id, by external keys and by name. */
export function resolveNodesCypher(label: ReferenceType): string {
  return memoised(`resolve ${label}`, () => {
    const external = EXTERNAL_KEY_PROPERTIES[label].map(
      (property) => `MATCH (n:${label} {${property}: row.external.${property}}) RETURN properties(n) AS n`,
    );
    return [
      "UNWIND $rows AS row",
      ...(scopedByShow(label) ? ["OPTIONAL MATCH (show:Show {id: row.show})"] : []),
      "RETURN row.index AS index,",
      `  COLLECT { MATCH (n:${label} {id: row.id}) RETURN properties(n) AS n } AS byId,`,
      `  ${external.length > 0 ? `COLLECT { ${external.join(" UNION ")} }` : "[]"} AS byExternal,`,
      `  ${nameMatch(label) ?? "[]"} AS byName`,
    ].join("\n");
  });
}

/** New nodes: CREATE, not MERGE, since the lookup has just shown they are not there. */
export function createNodesCypher(label: ReferenceType): string {
  return memoised(
    `create ${label}`,
    () => `UNWIND $rows AS row\nCREATE (n:${label})\nSET n = row.properties`,
  );
}

export function updateNodesCypher(label: ReferenceType): string {
  return memoised(
    `update ${label}`,
    () => `UNWIND $rows AS row\nMATCH (n:${label} {id: row.id})\nSET n += row.properties`,
  );
}

export interface ClaimGroup {
  subject: ReferenceType;
  /** Set for relationship claims. */
  relationship?: RelationshipType;
}

function claimPatterns({ subject, relationship }: ClaimGroup) {
  const predicate = relationship ? RELATIONSHIP_PREDICATES[relationship] : undefined;
  const key = predicate && "key" in predicate ? ` {${predicate.key}: row.keyValue}` : "";
  return {
    object: predicate?.to,
    matchSubject: `(s:${subject} {id: row.subject})`,
    matchObject: predicate ? `(o:${predicate.to} {id: row.object})` : undefined,
    relationship: relationship ? `(s)-[r:${relationship}${key}]->(o)` : undefined,
  };
}

/** Finds each claim's nodes and the claim already in the graph, by id or by what it says. */
export function resolveClaimsCypher(group: ClaimGroup): string {
  return memoised(`resolve claims ${group.subject} ${group.relationship ?? ""}`, () => {
    const patterns = claimPatterns(group);
    const sameObject = patterns.matchObject ? "(c)-[:OBJECT]->(o)" : "NOT (c)-[:OBJECT]->()";
    return [
      "UNWIND $rows AS row",
      `OPTIONAL MATCH ${patterns.matchSubject}`,
      patterns.matchObject ? `OPTIONAL MATCH ${patterns.matchObject}` : "WITH row, s, null AS o",
      "WITH row, s, o, coalesce(",
      "  COLLECT { MATCH (c:Claim {id: row.id}) RETURN c }[0],",
      // Expanding from the subject, which has a handful of claims. As a subquery with `c:Claim`
      // the planner started from the claim_predicate index instead (every claim of that
      // predicate, for every row: a 100,000-claim file went quadratic). Only claims point
      // SUBJECT at a node, so `c` needs no label, and without one no index or label scan competes.
      "  [(s)<-[:SUBJECT]-(c) WHERE c.predicate = row.predicate",
      `    AND coalesce(c.value, '') = coalesce(row.value, '') AND ${sameObject} | c][0]`,
      ") AS c",
      "RETURN row.index AS index, s IS NOT NULL AS subjectFound, o IS NOT NULL AS objectFound,",
      "  row.reportedBy IS NULL OR EXISTS { MATCH (:Article {id: row.reportedBy}) } AS reportFound,",
      "  c IS NULL AND EXISTS { MATCH (:Claim {id: row.newId}) } AS newIdTaken,",
      "  c {.*,",
      "    subjects: COLLECT { MATCH (c)-[:SUBJECT]->(x) RETURN x.id },",
      "    supportStarts: COLLECT { MATCH (c)-[sb:SUPPORTED_BY]->(:Article {id: $article}) RETURN sb.start },",
      "    reportedBy: COLLECT { MATCH (c)-[:ORIGINALLY_REPORTED_BY]->(a:Article) RETURN a.id }",
      "  } AS claim,",
      `  ${patterns.relationship ? `COLLECT { MATCH ${patterns.relationship} RETURN properties(r) }[0]` : "null"} AS relationship`,
    ].join("\n");
  });
}

/**
 * Creates new claims with their links and supports, and the relationship each asserts when the
 * graph does not have it yet: CREATE only, so the statement streams without eager buffering.
 */
export function createClaimsCypher(group: ClaimGroup): string {
  return memoised(`create claims ${group.subject} ${group.relationship ?? ""}`, () => {
    const patterns = claimPatterns(group);
    return [
      "MATCH (src:Article {id: $article})",
      "UNWIND $rows AS row",
      `MATCH ${patterns.matchSubject}`,
      ...(patterns.matchObject ? [`MATCH ${patterns.matchObject}`] : []),
      "CREATE (c:Claim)",
      "SET c = row.properties",
      "CREATE (c)-[:SUBJECT]->(s)",
      ...(patterns.matchObject ? ["CREATE (c)-[:OBJECT]->(o)"] : []),
      "FOREACH (support IN row.newSupport |",
      "  CREATE (c)-[:SUPPORTED_BY {start: support.start, quote: support.quote, end: support.end}]->(src))",
      ...(patterns.relationship
        ? [
            "FOREACH (_ IN CASE WHEN row.relationship IS NULL THEN [] ELSE [1] END |",
            `  CREATE ${patterns.relationship} SET r += row.relationship)`,
          ]
        : []),
      "WITH c, row",
      "OPTIONAL MATCH (report:Article {id: row.reportedBy})",
      "FOREACH (_ IN CASE WHEN report IS NULL THEN [] ELSE [1] END | CREATE (c)-[:ORIGINALLY_REPORTED_BY]->(report))",
    ].join("\n");
  });
}

/** Updates claims the graph has (or adds to them), and the relationships they assert. */
export function upsertClaimsCypher(group: ClaimGroup): string {
  return memoised(`upsert claims ${group.subject} ${group.relationship ?? ""}`, () => {
    const patterns = claimPatterns(group);
    return [
      "MATCH (src:Article {id: $article})",
      "UNWIND $rows AS row",
      `MATCH ${patterns.matchSubject}`,
      ...(patterns.matchObject ? [`MATCH ${patterns.matchObject}`] : []),
      "MERGE (c:Claim {id: row.id})",
      "SET c += row.properties",
      "MERGE (c)-[:SUBJECT]->(s)",
      ...(patterns.matchObject ? ["MERGE (c)-[:OBJECT]->(o)"] : []),
      "FOREACH (support IN row.newSupport |",
      "  CREATE (c)-[:SUPPORTED_BY {start: support.start, quote: support.quote, end: support.end}]->(src))",
      ...(patterns.relationship
        ? [
            "FOREACH (_ IN CASE WHEN row.relationship IS NULL THEN [] ELSE [1] END |",
            `  MERGE ${patterns.relationship} SET r += row.relationship)`,
          ]
        : []),
      "WITH c, row",
      "OPTIONAL MATCH (report:Article {id: row.reportedBy})",
      "FOREACH (_ IN CASE WHEN report IS NULL THEN [] ELSE [1] END | MERGE (c)-[:ORIGINALLY_REPORTED_BY]->(report))",
    ].join("\n");
  });
}

/** Which of these claim ids the graph has: the one look-up a claim about a new node needs. */
export const EXISTING_CLAIM_IDS = "UNWIND $rows AS row MATCH (c:Claim {id: row.id}) RETURN c.id AS id";

export const RESOLVE_QUOTES = [
  "UNWIND $rows AS row",
  "OPTIONAL MATCH (q:Quote {id: row.id})",
  "RETURN row.index AS index, properties(q) AS quote,",
  "  COLLECT { MATCH (q)-[qi:QUOTED_IN]->(:Article {id: $article}) RETURN properties(qi) }[0] AS quotedIn",
].join("\n");

export const UPSERT_QUOTES = [
  "MATCH (src:Article {id: $article})",
  "UNWIND $rows AS row",
  "MERGE (q:Quote {id: row.id})",
  "SET q.text = row.text",
  "MERGE (q)-[qi:QUOTED_IN]->(src)",
  "SET qi.start = row.start, qi.end = row.end",
].join("\n");

/** Structural links without claims (a quote is ABOUT a show, an article CITES another). */
export type LinkType = "ABOUT" | "CITES" | "PUBLISHED_BY";

export function linkNodesCypher(type: LinkType, from: ReferenceType, to: ReferenceType): string {
  return memoised(`link ${type} ${from} ${to}`, () =>
    [
      "UNWIND $rows AS row",
      `OPTIONAL MATCH (a:${from} {id: row.from})`,
      `OPTIONAL MATCH (b:${to} {id: row.to})`,
      `FOREACH (_ IN CASE WHEN a IS NULL OR b IS NULL THEN [] ELSE [1] END | MERGE (a)-[:${type}]->(b))`,
      "RETURN row.index AS index, b IS NOT NULL AS found",
    ].join("\n"),
  );
}
