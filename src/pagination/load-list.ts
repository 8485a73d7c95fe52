import type { CypherParameters } from "../neo4j/cypher-executor.js";
import type { RequestContext } from "../server/request-context.js";
import { listBatch } from "./list-batch.js";
import type { ListDefinition } from "./list-definition.js";

/**
 * A parent's whole list; every parent asking for the same list with the same parameters during
 * one tick shares one statement.
 */
export function loadList<TItem>(
  context: RequestContext,
  definition: ListDefinition<TItem>,
  parentKey: string,
  parameters?: CypherParameters,
): Promise<TItem[]> {
  return context.batches.load(listBatch(definition), parentKey, parameters);
}

/** The first item of a list, for relationships that have at most one end (a season's show). */
export async function loadFirst<TItem>(
  context: RequestContext,
  definition: ListDefinition<TItem>,
  parentKey: string,
): Promise<TItem | null> {
  const [first] = await loadList(context, definition, parentKey);
  return first ?? null;
}
