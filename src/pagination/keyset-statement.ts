import type { PageRequest } from "./connection-args.js";
import type { ConnectionDefinition, SortKey } from "./connection-definition.js";

/**
 * "Comes after the cursor" for a multi-column order: (k0 > c0) OR (k0 = c0 AND k1 > c1) ...
 * with > flipped for descending keys and for the `before` side.
 */
function beyondCursor(sortKeys: SortKey[], cursorParameter: string, side: "after" | "before"): string {
  const alternatives = sortKeys.map((key, index) => {
    const ascending = !key.descending === (side === "after");
    const equalities = sortKeys
      .slice(0, index)
      .map((previous, i) => `${previous.expression} = ${cursorParameter}[${i}]`);
    return [...equalities, `${key.expression} ${ascending ? ">" : "<"} ${cursorParameter}[${index}]`].join(
      " AND ",
    );
  });
  return `(${cursorParameter} IS NULL OR (${alternatives.map((alternative) => `(${alternative})`).join(" OR ")}))`;
}

function orderBy(sortKeys: SortKey[], direction: PageRequest["direction"]): string {
  return sortKeys
    .map((key, index) => {
      const descending = Boolean(key.descending) !== (direction === "BACKWARD");
      return `__sortKey[${index}] ${descending ? "DESC" : "ASC"}`;
    })
    .join(", ");
}

/**
 * One statement that reads a page (and the total count) of a connection for every parent in
 * `$parentKeys` at once, so a nested list costs one round trip however many parents it has.
 * Pages hold `$limit` rows (one more than asked, to know whether there is a next page).
 */
export function keysetStatement(
  definition: ConnectionDefinition<unknown>,
  direction: PageRequest["direction"],
  batched: boolean,
): string {
  const where = definition.where ? `WHERE ${definition.where}` : "";
  const sortKey = `[${definition.sortKeys.map((key) => key.expression).join(", ")}]`;
  const scope = batched ? "parentKey" : "";
  return [
    batched ? "UNWIND $parentKeys AS parentKey" : "",
    `CALL (${scope}) {`,
    `  ${definition.match}`,
    `  ${where}`,
    `  WITH *, ${sortKey} AS __sortKey`,
    `  WHERE ${beyondCursor(definition.sortKeys, "$after", "after")} AND ${beyondCursor(definition.sortKeys, "$before", "before")}`,
    `  WITH __sortKey, ${definition.returns} AS __row`,
    `  ORDER BY ${orderBy(definition.sortKeys, direction)}`,
    "  LIMIT $limit",
    "  RETURN collect({sortKey: __sortKey, row: __row}) AS __page",
    "}",
    `CALL (${scope}) {`,
    `  ${definition.match}`,
    `  ${where}`,
    "  RETURN count(*) AS __totalCount",
    "}",
    `RETURN ${batched ? "parentKey" : "null"} AS parentKey, __page AS page, __totalCount AS totalCount`,
  ]
    .filter((line) => line.trim() !== "")
    .join("\n");
}
