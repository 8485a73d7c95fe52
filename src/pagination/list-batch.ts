import type { BatchDefinition } from "../batch/batch-definition.js";
import type { ListDefinition } from "./list-definition.js";
import { listStatement } from "./list-statement.js";

const batches = new WeakMap<ListDefinition<unknown>, BatchDefinition<string, unknown[]>>();

/** A list as a batched lookup by parent key: built once per definition, statement included. */
export function listBatch<TItem>(definition: ListDefinition<TItem>): BatchDefinition<string, TItem[]> {
  const list = definition as ListDefinition<unknown>;
  let batch = batches.get(list);
  if (!batch) {
    const statement = listStatement(list);
    batch = {
      name: definition.name,
      statement: () => statement,
      toResult: (result) => ((result as Record<string, unknown>[] | undefined) ?? []).map(definition.toItem),
    };
    batches.set(list, batch);
  }
  return batch as BatchDefinition<string, TItem[]>;
}
