import { nodeProjection, relationshipProjection } from "./plain-graph.js";
import { requireRegisteredLabel } from "./registered-labels.js";

/**
 * All shortest paths between two nodes in one statement, undirected, at most `maxLength` steps,
 * through domain nodes only (the target itself may be of any registered label). `{0,n}` lets a
 * node's path to itself be the path of length 0. Also says which ends exist, so an unknown ID
 * costs no second statement. Labels are written into the statement (so the lookups use the id
 * constraints) and must be registered ones; `maxLength` must be a small whole number.
 */
export function pathsStatement(sourceLabel: string, targetLabel: string, maxLength: number): string {
  if (!Number.isInteger(maxLength) || maxLength < 0) {
    throw new Error(`maxLength must be a whole number (got ${maxLength})`);
  }
  return [
    `OPTIONAL MATCH (source:${requireRegisteredLabel(sourceLabel)} {id: $sourceKey})`,
    `OPTIONAL MATCH (target:${requireRegisteredLabel(targetLabel)} {id: $targetKey})`,
    "CALL (source, target) {",
    "  WITH source, target",
    "  WHERE source IS NOT NULL AND target IS NOT NULL",
    "  MATCH path = ALL SHORTEST (source)",
    `    (()-[]-(step) WHERE step = target OR any(label IN labels(step) WHERE label IN $domainLabels)){0,${maxLength}}`,
    "    (target)",
    // Shortest paths come in no particular order; sorting by the ids along them makes pages stable.
    "  WITH path",
    "  ORDER BY [n IN nodes(path) | n.id]",
    "  LIMIT $first",
    "  RETURN collect({",
    `    nodes: [n IN nodes(path) | ${nodeProjection("n")}],`,
    `    relationships: [r IN relationships(path) | ${relationshipProjection("r")}]`,
    "  }) AS paths",
    "}",
    "RETURN source IS NOT NULL AS sourceFound, target IS NOT NULL AS targetFound, paths",
  ].join("\n");
}
