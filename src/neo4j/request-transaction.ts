import type {
  CypherExecutor,
  CypherReader,
  CypherStatement,
  OpenReadTransaction,
  StatementOptions,
} from "./cypher-executor.js";

/** How a request's transaction is opened; everything optional, so a bare context still works. */
export interface RequestTransactionOptions {
  /** Transaction metadata: the GraphQL operation's name (set later by the Apollo plugin). */
  operation?: string;
  /**
   * Neo4j's time limit for the whole transaction, in ms; default NEO4J_QUERY_TIMEOUT_MS. A
   * per-request deadline passes what is left of it here (before the first statement).
   */
  timeoutMs?: number;
}

/**
 * The one read transaction of one GraphQL request: opened lazily by the first statement (a
 * request answered from its arguments alone never touches Neo4j), shared by every root field
 * and every follow-up load, so all of them see one snapshot and pay for one BEGIN/COMMIT.
 *
 * Not retried on transient errors: a managed transaction's retry re-runs its work, and here the
 * work is the whole request's resolvers, already partly answered. Reads change nothing, so the
 * client can retry safely; DATABASE_UNAVAILABLE tells it to. `finish()` must be called when the
 * response is done (the Apollo plugin in request-transaction.plugin.ts does it); it is idempotent,
 * and a statement after it opens nothing: it fails.
 */
export class RequestTransaction implements CypherReader {
  readonly #executor: CypherExecutor;
  #options: RequestTransactionOptions;
  #transaction: OpenReadTransaction | undefined;
  #finished = false;

  constructor(executor: CypherExecutor, options: RequestTransactionOptions = {}) {
    this.#executor = executor;
    this.#options = options;
  }

  /** True once a statement has opened the transaction. */
  get opened(): boolean {
    return this.#transaction !== undefined;
  }

  /** Changes how the transaction will be opened; no effect once it is open. */
  configure(options: RequestTransactionOptions): void {
    this.#options = { ...this.#options, ...options };
  }

  /** Runs a read in the request's transaction; `options.operation` names the statement only. */
  read<Row>(statement: CypherStatement, _options?: StatementOptions): Promise<Row[]> {
    if (this.#finished) {
      return Promise.reject(new Error("The request's transaction is already finished"));
    }
    this.#transaction ??= this.#open();
    return this.#transaction.run<Row>(statement);
  }

  /**
   * Runs the request's only read: as an auto-commit transaction (one round trip, no BEGIN or
   * COMMIT) when nothing has opened the transaction yet, else in it like `read`. For a caller
   * that knows the whole operation is this one statement (a planned root field alone in its
   * operation, src/query-engine); a read after it opens a second transaction, which the
   * statements-per-operation test would show.
   */
  readAlone<Row>(statement: CypherStatement): Promise<Row[]> {
    if (this.#finished || this.#transaction) {
      return this.read<Row>(statement);
    }
    this.#transaction = this.#open();
    return this.#transaction.runAlone<Row>(statement);
  }

  #open(): OpenReadTransaction {
    return this.#executor.beginRead({
      operation: this.#options.operation ?? "graphql",
      timeoutMs: this.#options.timeoutMs,
    });
  }

  /** Commits or rolls back and closes the session; safe to call more than once, never throws. */
  async finish(): Promise<void> {
    this.#finished = true;
    const transaction = this.#transaction;
    this.#transaction = undefined;
    await transaction?.close();
  }
}
