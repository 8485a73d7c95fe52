import type { ListDefinition } from "./list-definition.js";

/** One statement that reads the whole list for every parent in `$parentKeys` at once. */
export function listStatement(definition: ListDefinition<unknown>): string {
  return [
    "UNWIND $parentKeys AS parentKey",
    "CALL (parentKey) {",
    `  ${definition.match}`,
    `  WITH * ORDER BY ${definition.orderBy.join(", ")}`,
    `  RETURN collect(${definition.returns}) AS items`,
    "}",
    "RETURN parentKey, items",
  ].join("\n");
}
