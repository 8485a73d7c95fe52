import { nodeProjection, relationshipProjection } from "../graph/plain-graph.js";
import { requireRegisteredLabel } from "../graph/registered-labels.js";
import {
  CURRENT_VIEW_CONDITION,
  claimSourcesProjection,
  claimTimeProjection,
  nodeClaims,
  relationshipClaims,
} from "./export-claim-cypher.js";

/**
 * The statements of exports. Labels are written into them (so lookups and keyset pages use the
 * `id` constraints) and must be registered ones; everything a request chooses is a parameter:
 * `$labels` (the exported node labels), `$relationshipTypes` (null: all), `$view`, `$claimKeys`,
 * `$typeLabels` (for the plain projections), keyset `$after` and `$pageSize`.
 */

/** What `toExportNode` reads: the plain node and the valid time of its visible claims. */
function nodeRow(n: string): string {
  return `{node: ${nodeProjection(n)}, claims: [__claim IN ${nodeClaims(n)} | ${claimTimeProjection("__claim")}]}`;
}

/** What `toExportRelationship` reads: the plain relationship and its visible claims with sources. */
function relationshipRow(r: string, claims: string): string {
  return `{relationship: ${relationshipProjection(r)}, claims: [__claim IN ${claims} | ${claimSourcesProjection("__claim")}]}`;
}

/** A node is exported in the current view, or in an as-of view when a visible claim is about it. */
function nodeKept(n: string): string {
  return `(${CURRENT_VIEW_CONDITION} OR size(${nodeClaims(n)}) > 0)`;
}

/** The relationships of `start` (bound) to exported nodes, with their claims as `claims`. */
function outgoingRelationships(start: string): string[] {
  return [
    `MATCH (${start})-[r]->(end)`,
    "WHERE any(label IN labels(end) WHERE label IN $labels)",
    "  AND ($relationshipTypes IS NULL OR type(r) IN $relationshipTypes)",
    `WITH r, ${start}, end, ${relationshipClaims("r", start, "end")} AS claims`,
    `WHERE ${CURRENT_VIEW_CONDITION} OR size(claims) > 0`,
  ];
}

/** Every node of the given labels, one MATCH per label so each uses its label scan. */
function nodesOf(labels: readonly string[]): string {
  return labels.map((label) => `MATCH (n:${requireRegisteredLabel(label)}) RETURN n`).join(" UNION ALL ");
}

/**
 * The size and property kinds of an export of everything: one row per (element, property, value
 * type) with how many elements have it, and a row with a null property counting the elements.
 * Aggregated in the database, so nothing proportional to the graph is held anywhere.
 */
export function everythingHeaderStatement(labels: readonly string[]): string {
  return [
    `CALL () { ${nodesOf(labels)} }`,
    `WITH n WHERE ${nodeKept("n")}`,
    "UNWIND [null] + keys(n) AS property",
    "RETURN 'node' AS element, property, CASE WHEN property IS NULL THEN null ELSE valueType(n[property]) END AS valueType, count(*) AS count",
    "UNION ALL",
    `CALL () { ${nodesOf(labels)} }`,
    ...outgoingRelationships("n"),
    "UNWIND [null] + keys(r) AS property",
    "RETURN 'relationship' AS element, property, CASE WHEN property IS NULL THEN null ELSE valueType(r[property]) END AS valueType, count(*) AS count",
  ].join("\n");
}

/** One keyset page of the exported nodes of one label, by id. */
export function nodePageStatement(label: string): string {
  return [
    `MATCH (n:${requireRegisteredLabel(label)})`,
    "WHERE n.id > $after",
    `WITH n WHERE ${nodeKept("n")}`,
    "ORDER BY n.id",
    "LIMIT $pageSize",
    `RETURN n.id AS key, ${nodeRow("n")} AS row`,
  ].join("\n");
}

/**
 * One keyset page of the nodes of one label, by id, with the exported relationships that start
 * at them: one row per node of the page, so the last row's key is where the next page starts.
 */
export function relationshipPageStatement(label: string): string {
  return [
    `MATCH (n:${requireRegisteredLabel(label)})`,
    "WHERE n.id > $after",
    "WITH n ORDER BY n.id LIMIT $pageSize",
    "CALL (n) {",
    ...outgoingRelationships("n").map((line) => `  ${line}`),
    "  WITH r, claims, end ORDER BY type(r), end.id, elementId(r)",
    `  RETURN collect(${relationshipRow("r", "claims")}) AS rows`,
    "}",
    "RETURN n.id AS key, rows",
  ].join("\n");
}

/** The nodes of a loaded subgraph: `$keys[i]` are the keys of those labelled `labels[i]`. */
export function nodesByKeyStatement(labels: readonly string[]): string {
  const byLabel = labels.map(
    (label, index) => `MATCH (n:${requireRegisteredLabel(label)}) WHERE n.id IN $keys[${index}] RETURN n`,
  );
  return [
    `CALL () { ${byLabel.join(" UNION ALL ")} }`,
    `WITH n WHERE ${nodeKept("n")}`,
    `RETURN ${nodeRow("n")} AS row`,
  ].join("\n");
}

/** The relationships of a loaded subgraph, by element id (`$ids`), kept as exported. */
export const RELATIONSHIPS_BY_ID = [
  "UNWIND $ids AS id",
  "MATCH (start)-[r]->(end)",
  "WHERE elementId(r) = id",
  `WITH r, ${relationshipClaims("r", "start", "end")} AS claims`,
  `WHERE ${CURRENT_VIEW_CONDITION} OR size(claims) > 0`,
  `RETURN ${relationshipRow("r", "claims")} AS row`,
].join("\n");
