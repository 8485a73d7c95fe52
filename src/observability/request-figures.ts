import type { IncomingMessage } from "node:http";

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

/**
 * Each HTTP request's figures, held by the request itself. Passed explicitly rather than through
 * an AsyncLocalStorage: in Node 20 that keeps promise hooks on for every promise of the process,
 * which measured about 7% of the service's throughput under bench:query.
 */
const figuresOf = new WeakMap<IncomingMessage, RequestFigures>();

/**
 * Fresh figures for one request. `makeLogger` makes the request's own logger (a child carrying
 * the request's fields) on first use: most requests never write a line of their own.
 */
export function newRequestFigures(makeLogger: () => Logger): RequestFigures {
  let logger: Logger | undefined;
  return {
    get logger() {
      return (logger ??= makeLogger());
    },
    operationName: undefined,
    neo4jMs: 0,
    neo4jTransactions: 0,
    statements: 0,
    errorCodes: new Set(),
  };
}

/** Makes `figures` the request's own (observe-requests.ts, the first middleware). */
export function attachRequestFigures(request: IncomingMessage, figures: RequestFigures): void {
  figuresOf.set(request, figures);
}

/** The figures of `request`, if it is observed (tests drive Apollo without HTTP). */
export function requestFiguresOf(request: IncomingMessage): RequestFigures | undefined {
  return figuresOf.get(request);
}

/**
 * A transaction listener that adds each finished transaction to `figures` (given to the
 * request's own executor, CypherExecutor.forRequest); undefined without figures.
 */
export function transactionCounter(
  figures: RequestFigures | undefined,
): ((transaction: TransactionRecord) => void) | undefined {
  if (!figures) {
    return undefined;
  }
  return (transaction) => {
    figures.neo4jMs += transaction.durationMs;
    figures.neo4jTransactions += 1;
    figures.statements += transaction.statements;
  };
}
