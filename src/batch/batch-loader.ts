import DataLoader from "dataloader";

import type { CypherParameters, CypherReader } from "../neo4j/cypher-executor.js";
import type { BatchDefinition, BatchRow } from "./batch-definition.js";

/**
 * Per-request loader for BatchDefinitions: every key asked for with the same definition and
 * parameters during one tick shares one statement, so nested fields cost one round trip per
 * level, however many parents there are (as ConnectionLoader does for paginated lists).
 */
export class BatchLoader {
  readonly #executor: CypherReader;
  readonly #loaders = new Map<string, DataLoader<unknown, unknown, string>>();

  constructor(executor: CypherReader) {
    this.#executor = executor;
  }

  load<TKey, TResult>(
    definition: BatchDefinition<TKey, TResult>,
    key: TKey,
    parameters: CypherParameters = {},
  ): Promise<TResult> {
    const cacheKey = JSON.stringify([definition.name, parameters]);
    let loader = this.#loaders.get(cacheKey);
    if (!loader) {
      loader = new DataLoader<unknown, unknown, string>(
        async (keys) => {
          const rows = await this.#executor.read<BatchRow>(
            {
              cypher: definition.statement(keys as readonly TKey[]),
              parameters: { ...parameters, keys },
            },
            { operation: definition.name },
          );
          const byIndex = new Map(rows.map((row) => [row.index, row.result]));
          return keys.map((_key, index) => definition.toResult(byIndex.get(index)));
        },
        { cacheKeyFn: (key) => JSON.stringify(key) },
      );
      this.#loaders.set(cacheKey, loader);
    }
    return loader.load(key) as Promise<TResult>;
  }
}
