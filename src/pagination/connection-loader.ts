import DataLoader from "dataloader";
import neo4j from "neo4j-driver";

import type { CypherParameters, CypherReader } from "../neo4j/cypher-executor.js";
import type { PageRequest } from "./connection-args.js";
import type { ConnectionDefinition } from "./connection-definition.js";
import type { Connection } from "./connection.type.js";
import { checkCursorOrder, cursorOrder } from "./cursor-order.js";
import { keysetStatement } from "./keyset-statement.js";
import type { PageRow } from "./to-connection.js";
import { toConnection } from "./to-connection.js";

interface PageResult {
  parentKey: string | null;
  page: PageRow[];
  totalCount: number;
}

function statementParameters(
  request: PageRequest,
  parameters: CypherParameters | undefined,
): CypherParameters {
  // LIMIT takes an INTEGER, and a JavaScript number reaches Cypher as a FLOAT.
  return { ...parameters, after: request.after, before: request.before, limit: neo4j.int(request.size + 1) };
}

/**
 * Loads connections for one request. Every parent asking for the same connection with the same
 * arguments during one tick of the event loop shares one statement (a DataLoader per
 * connection and argument set), so the number of round trips follows the depth of the query,
 * not the number of results.
 */
export class ConnectionLoader {
  readonly #executor: CypherReader;
  readonly #loaders = new Map<string, DataLoader<string, Connection<unknown>>>();

  constructor(executor: CypherReader) {
    this.#executor = executor;
  }

  /** A page of `definition`'s items under one parent. */
  async load<TNode>(
    definition: ConnectionDefinition<TNode>,
    parentKey: string,
    request: PageRequest,
    parameters?: CypherParameters,
  ): Promise<Connection<TNode>> {
    checkCursorOrder(definition as ConnectionDefinition<unknown>, request);
    const cacheKey = JSON.stringify([definition.name, request, parameters ?? null]);
    let loader = this.#loaders.get(cacheKey);
    if (!loader) {
      loader = new DataLoader(async (parentKeys: readonly string[]) => {
        const results = await this.#executor.read<PageResult>(
          {
            cypher: keysetStatement(
              definition as ConnectionDefinition<unknown>,
              request.direction,
              true,
              request.totalCount,
            ),
            parameters: { ...statementParameters(request, parameters), parentKeys },
          },
          { operation: definition.name },
        );
        const byParent = new Map(results.map((result) => [result.parentKey, result]));
        const order = cursorOrder(definition as ConnectionDefinition<unknown>);
        return parentKeys.map((key) => {
          const result = byParent.get(key);
          return toConnection(result?.page ?? [], result?.totalCount ?? 0, request, {
            order,
            toNode: definition.toNode as (row: Record<string, unknown>) => unknown,
          });
        });
      });
      this.#loaders.set(cacheKey, loader);
    }
    return (await loader.load(parentKey)) as Connection<TNode>;
  }

  /** A page of a root connection (no parent): one statement. */
  async loadRoot<TNode>(
    definition: ConnectionDefinition<TNode>,
    request: PageRequest,
    parameters?: CypherParameters,
  ): Promise<Connection<TNode>> {
    checkCursorOrder(definition as ConnectionDefinition<unknown>, request);
    const [result] = await this.#executor.read<PageResult>(
      {
        cypher: keysetStatement(
          definition as ConnectionDefinition<unknown>,
          request.direction,
          false,
          request.totalCount,
        ),
        parameters: statementParameters(request, parameters),
      },
      { operation: definition.name },
    );
    return toConnection(result?.page ?? [], result?.totalCount ?? 0, request, {
      order: cursorOrder(definition as ConnectionDefinition<unknown>),
      toNode: definition.toNode,
    });
  }
}
