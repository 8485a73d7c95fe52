import { AsyncLocalStorage } from "node:async_hooks";

import type { Logger } from "pino";

import type { TransactionRecord } from "../neo4j/cypher-executor.js";

/** What one HTTP request cost and how it ended, gathered while it runs; logged and measured at its end. */
export interface RequestFigures {
  /** The request's own logger: its lines carry the request id. */
  logger: Logger;
  /** The GraphQL operation's name, once Apollo has resolved it; undefined for other routes. */
  operationName: string | undefined;
  /** Milliseconds spent in Neo4j transactions (pool wait and retries included), summed. */
  neo4jMs: number;
  neo4jTransactions: number;
  /** Cypher statements sent. */
  statements: number;
  /** `extensions.code` of every error the response carries, once each. */
  errorCodes: Set<string>;
}

const storage = new AsyncLocalStorage<RequestFigures>();

export function newRequestFigures(logger: Logger): RequestFigures {
  return {
    logger,
    operationName: undefined,
    neo4jMs: 0,
    neo4jTransactions: 0,
    statements: 0,
    errorCodes: new Set(),
  };
}

/** Runs `next` (the rest of the request's handling) with `figures` as the request's own. */
export function runWithRequestFigures(figures: RequestFigures, next: () => void): void {
  storage.run(figures, next);
}

/** The figures of the request being handled, if any (a transaction outside requests has none). */
export function currentRequestFigures(): RequestFigures | undefined {
  return storage.getStore();
}

/** Adds a finished transaction to the figures of the request that ran it. */
export function countTransaction(transaction: TransactionRecord): void {
  const figures = storage.getStore();
  if (figures) {
    figures.neo4jMs += transaction.durationMs;
    figures.neo4jTransactions += 1;
    figures.statements += transaction.statements;
  }
}
