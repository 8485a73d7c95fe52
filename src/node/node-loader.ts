import DataLoader from "dataloader";

import type { CypherReader } from "../neo4j/cypher-executor.js";
import type { Node } from "./node.interface.js";
import { hydrate } from "./node.interface.js";
import type { NodeTypeInfo } from "./node-types.js";

/** Loads nodes by key, one statement per label per tick, whatever the number of keys. */
export class NodeLoader {
  readonly #executor: CypherReader;
  readonly #loaders = new Map<string, DataLoader<string, Node | null>>();

  constructor(executor: CypherReader) {
    this.#executor = executor;
  }

  load<T extends Node>(type: NodeTypeInfo<T>, key: string): Promise<T | null> {
    let loader = this.#loaders.get(type.label);
    if (!loader) {
      loader = new DataLoader(async (keys: readonly string[]) => {
        const rows = await this.#executor.read<{ node: Record<string, unknown> }>(
          {
            cypher: `MATCH (n:${type.label}) WHERE n.id IN $keys RETURN n {.*} AS node`,
            parameters: { keys },
          },
          { operation: `load ${type.label}` },
        );
        const byKey = new Map(rows.map(({ node }) => [String(node.id), hydrate(type.Type, node)]));
        return keys.map((key) => byKey.get(key) ?? null);
      });
      this.#loaders.set(type.label, loader);
    }
    return loader.load(key) as Promise<T | null>;
  }
}
