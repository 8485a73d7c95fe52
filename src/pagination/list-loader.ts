import DataLoader from "dataloader";

import type { CypherExecutor, CypherParameters } from "../neo4j/cypher-executor.js";
import type { ListDefinition } from "./list-definition.js";
import { listStatement } from "./list-statement.js";

/**
 * Loads unpaged lists for one request: every parent asking for the same list with the same
 * parameters during one tick shares one statement, as ConnectionLoader does for pages.
 */
export class ListLoader {
  readonly #executor: CypherExecutor;
  readonly #loaders = new Map<string, DataLoader<string, unknown[]>>();

  constructor(executor: CypherExecutor) {
    this.#executor = executor;
  }

  async load<TItem>(
    definition: ListDefinition<TItem>,
    parentKey: string,
    parameters?: CypherParameters,
  ): Promise<TItem[]> {
    const cacheKey = JSON.stringify([definition.name, parameters ?? null]);
    let loader = this.#loaders.get(cacheKey);
    if (!loader) {
      loader = new DataLoader(async (parentKeys: readonly string[]) => {
        const rows = await this.#executor.read<{ parentKey: string; items: Record<string, unknown>[] }>(
          {
            cypher: listStatement(definition as ListDefinition<unknown>),
            parameters: { ...parameters, parentKeys },
          },
          { operation: definition.name },
        );
        const byParent = new Map(rows.map((row) => [row.parentKey, row.items]));
        return parentKeys.map((key) => (byParent.get(key) ?? []).map(definition.toItem));
      });
      this.#loaders.set(cacheKey, loader);
    }
    return (await loader.load(parentKey)) as TItem[];
  }

  /** The first item of a list, for relationships that have at most one end (a season's show). */
  async loadOne<TItem>(
    definition: ListDefinition<TItem>,
    parentKey: string,
    parameters?: CypherParameters,
  ): Promise<TItem | null> {
    const [first] = await this.load(definition, parentKey, parameters);
    return first ?? null;
  }
}
