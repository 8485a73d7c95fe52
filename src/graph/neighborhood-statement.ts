import { nodeProjection, relationshipProjection } from "./plain-graph.js";
import { requireRegisteredLabel } from "./registered-labels.js";

/**
 * One breadth-first level: the domain neighbours of the frontier not kept yet, in id order, of
 * which as many as there is room for under `$limit` are kept and become the next frontier. Each
 * level keeps DISTINCT nodes, so the work follows the nodes kept (at most `$limit`) and their
 * degrees, not the number of paths, which a variable-length pattern would enumerate.
 */
const LEVEL = `
CALL (kept, frontier) {
  UNWIND frontier AS x
  MATCH (x)--(y)
  WHERE NOT y IN kept AND any(label IN labels(y) WHERE label IN $domainLabels)
  WITH DISTINCT y
  ORDER BY y.id
  RETURN collect(y) AS found
}
WITH kept, found, truncated, $limit - size(kept) AS room
WITH kept + found[..room] AS kept, found[..room] AS frontier, truncated OR size(found) > room AS truncated`;

/**
 * The neighbourhood of one node in one statement: the nodes within `depth` steps (nearest first),
 * then every relationship among them. `label` must be a registered label (it is written into the
 * statement, so it must never come from a request) and `depth` a small whole number.
 */
export function neighborhoodStatement(label: string, depth: number): string {
  if (!Number.isInteger(depth) || depth < 1) {
    throw new Error(`depth must be a positive whole number (got ${depth})`);
  }
  return [
    `MATCH (start:${requireRegisteredLabel(label)} {id: $key})`,
    "WITH [start] AS kept, [start] AS frontier, false AS truncated",
    ...Array.from({ length: depth }, () => LEVEL),
    "CALL (kept) {",
    "  UNWIND kept AS a",
    "  MATCH (a)-[r]->(b)",
    "  WHERE b IN kept",
    `  RETURN collect(${relationshipProjection("r")}) AS relationships`,
    "}",
    `RETURN [n IN kept | ${nodeProjection("n")}] AS nodes, relationships, truncated`,
  ].join("\n");
}
