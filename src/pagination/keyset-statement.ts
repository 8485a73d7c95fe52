import type { PageRequest } from "./connection-args.js";
import type { ConnectionDefinition, SortKey } from "./connection-definition.js";

/**
 * "Comes after the cursor" for a multi-column order: (k0 > c0) OR (k0 = c0 AND k1 > c1) ...
 * with > flipped for descending keys and for the `before` side. `key(i)` is the Cypher of the
 * i-th sort key's value.
 */
function beyondCursor(
  sortKeys: SortKey[],
  key: (index: number) => string,
  cursorParameter: string,
  side: "after" | "before",
): string {
  const value = (index: number) => {
    const compareAs = sortKeys[index]?.compareAs;
    return compareAs ? compareAs(key(index)) : key(index);
  };
  const alternatives = sortKeys.map((sortKey, index) => {
    const ascending = !sortKey.descending === (side === "after");
    const equalities = sortKeys
      .slice(0, index)
      .map((_previous, i) => `${value(i)} = ${cursorParameter}[${i}]`);
    return [...equalities, `${value(index)} ${ascending ? ">" : "<"} ${cursorParameter}[${index}]`].join(
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
 * Parameter names (with their `$`) of one page: several pages may share a statement. A cursor
 * side that is null is known to be absent (a statement planned for one request): its condition is
 * left out rather than evaluated on every row.
 */
export interface PageParameters {
  after: string | null;
  before: string | null;
  limit: string;
}

const DEFAULT_PAGE_PARAMETERS: PageParameters = { after: "$after", before: "$before", limit: "$limit" };

/**
 * The page's rows, from rows binding `__sortKey` and the definition's variables; each row with its
 * sort key (a cursor's content) unless `sortKeys` is false (no cursor selected: less to send).
 */
function pageClauses(
  definition: ConnectionDefinition<unknown>,
  direction: PageRequest["direction"],
  kept: string,
  { limit }: PageParameters,
  { returns, sortKeys, rowsAs }: PageRows,
): string[] {
  const row =
    rowsAs === "lists"
      ? `[${returns}${sortKeys ? ", __sortKey" : ""}]`
      : `{${sortKeys ? "sortKey: __sortKey, " : ""}row: ${returns}}`;
  return [
    `  WITH ${kept} ORDER BY ${orderBy(definition.sortKeys, direction)}`,
    `  LIMIT ${limit}`,
    ...(definition.pageMatch ? [`  ${definition.pageMatch}`] : []),
    `  RETURN collect(${row}) AS __page`,
  ];
}

/** `WHERE` beyond the given cursors, or "" when no cursor side is given. */
function cursorCondition(
  sortKeys: SortKey[],
  key: (index: number) => string,
  { after, before }: PageParameters,
): string {
  const conditions = [
    ...(after ? [beyondCursor(sortKeys, key, after, "after")] : []),
    ...(before ? [beyondCursor(sortKeys, key, before, "before")] : []),
  ];
  return conditions.length > 0 ? `  WHERE ${conditions.join(" AND ")}` : "";
}

/**
 * A CALL subquery (importing `scope`) binding `__page`: the match, its sort key, the cursors'
 * condition on the sort expressions themselves (so an index can serve it), and the page.
 */
function pageSubquery(
  definition: ConnectionDefinition<unknown>,
  direction: PageRequest["direction"],
  scope: string[],
  parameters: PageParameters,
  rows: PageRows,
): string[] {
  const sortKey = `[${definition.sortKeys.map((key) => key.expression).join(", ")}]`;
  const sortExpression = (index: number) => definition.sortKeys[index]?.expression ?? "";
  return [
    `CALL (${scope.join(", ")}) {`,
    `  ${definition.match}`,
    `  ${definition.where ? `WHERE ${definition.where}` : ""}`,
    `  WITH *, ${sortKey} AS __sortKey`,
    cursorCondition(definition.sortKeys, sortExpression, parameters),
    ...pageClauses(
      definition,
      direction,
      ["__sortKey", ...definition.binds, ...scope].join(", "),
      parameters,
      rows,
    ),
    "}",
  ];
}

export interface ParentPageOptions {
  direction: PageRequest["direction"];
  totalCount: boolean;
  parameters?: PageParameters;
  /** Replaces the definition's `returns` (a projection of only what a selection asks for). */
  returns?: string;
  /** False when no cursor is selected: rows come without their sort keys. Default true. */
  sortKeys?: boolean;
  /**
   * "lists": each page row is `[row, sortKey]` (`[row]` without sort keys) rather than
   * `{row, sortKey}`, for a caller that reads rows by position (the query engine, projection.ts).
   */
  rowsAs?: PageRows["rowsAs"];
}

/** How the page's rows are projected (ParentPageOptions). */
interface PageRows {
  returns: string;
  sortKeys: boolean;
  rowsAs?: "maps" | "lists";
}

/**
 * Clauses that, for the one parent whose id is bound as `parentKey`, bind `__page` (the page's
 * rows: `$limit` of them, one more than asked, to know whether there is a next page) and
 * `__total` (the number of all items, or null without `totalCount`). Items are projected only
 * for the page's rows.
 *
 * With the total, the match runs once: the matched variables are collected, counted, and the page
 * taken from them (the same rows, so count and page always agree).
 */
export function parentPageClauses(
  definition: ConnectionDefinition<unknown>,
  {
    direction,
    totalCount,
    parameters = DEFAULT_PAGE_PARAMETERS,
    returns = definition.returns,
    sortKeys = true,
    rowsAs = "maps",
  }: ParentPageOptions,
): string[] {
  const where = definition.where ? `WHERE ${definition.where}` : "";
  const sortKey = `[${definition.sortKeys.map((key) => key.expression).join(", ")}]`;
  const carried = ["__sortKey", ...definition.binds];
  const kept = [...carried, "parentKey"].join(", ");
  if (!totalCount) {
    return [
      ...pageSubquery(definition, direction, ["parentKey"], parameters, { returns, sortKeys, rowsAs }),
      "WITH *, null AS __total",
    ];
  }
  return [
    "CALL (parentKey) {",
    `  ${definition.match}`,
    `  ${where}`,
    `  WITH ${kept.replace("__sortKey", `${sortKey} AS __sortKey`)}`,
    `  RETURN collect({${carried.map((name) => `${name}: ${name}`).join(", ")}}) AS __all`,
    "}",
    "CALL (parentKey, __all) {",
    "  UNWIND __all AS __item",
    `  WITH ${carried.map((name) => `__item.${name} AS ${name}`).join(", ")}, parentKey`,
    cursorCondition(definition.sortKeys, (index) => `__sortKey[${index}]`, parameters),
    ...pageClauses(definition, direction, kept, parameters, { returns, sortKeys, rowsAs }),
    "}",
    "WITH *, size(__all) AS __total",
  ];
}

/**
 * One statement that reads a page of a connection (and, with `totalCount`, the number of all its
 * items) for every parent in `$parentKeys` at once, so a nested list costs one round trip however
 * many parents it has (see parentPageClauses). A root connection (not `batched`) counts in a
 * second subquery instead: there the count alone is often answered from Neo4j's count store or an
 * index without touching the items, and a whole label (20,000 people) would be a large list to carry.
 */
export function keysetStatement(
  definition: ConnectionDefinition<unknown>,
  direction: PageRequest["direction"],
  batched: boolean,
  totalCount = true,
): string {
  const lines = batched
    ? [
        "UNWIND $parentKeys AS parentKey",
        ...parentPageClauses(definition, { direction, totalCount }),
        "RETURN parentKey, __page AS page, __total AS totalCount",
      ]
    : rootPageLines(definition, direction, totalCount);
  return lines.filter((line) => line.trim() !== "").join("\n");
}

function rootPageLines(
  definition: ConnectionDefinition<unknown>,
  direction: PageRequest["direction"],
  totalCount: boolean,
): string[] {
  const where = definition.where ? `WHERE ${definition.where}` : "";
  const count = totalCount
    ? ["CALL () {", `  ${definition.match}`, `  ${where}`, "  RETURN count(*) AS __total", "}"]
    : ["WITH *, null AS __total"];
  return [
    ...pageSubquery(definition, direction, [], DEFAULT_PAGE_PARAMETERS, {
      returns: definition.returns,
      sortKeys: true,
    }),
    ...count,
    "RETURN null AS parentKey, __page AS page, __total AS totalCount",
  ];
}
