import type { ListDefinition } from "./list-definition.js";

/**
 * One statement that reads the whole list for every parent key in `$keys` at once, in the row
 * shape of a BatchDefinition (`index` into `$keys`, `result` the list).
 */
export function listStatement(definition: ListDefinition<unknown>): string {
  return [
    "UNWIND range(0, size($keys) - 1) AS index",
    "WITH index, $keys[index] AS parentKey",
    "CALL (parentKey) {",
    `  ${definition.match}`,
    `  WITH * ORDER BY ${definition.orderBy.join(", ")}`,
    `  RETURN collect(${definition.returns}) AS items`,
    "}",
    "RETURN index, items AS result",
  ].join("\n");
}
