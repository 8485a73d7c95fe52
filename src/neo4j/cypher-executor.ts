import type {
  BookmarkManager,
  Driver,
  ManagedTransaction,
  QueryResult,
  RecordShape,
  Result,
  Session,
  Transaction,
} from "neo4j-driver";
import { bookmarkManager, routing } from "neo4j-driver";

import { DatabaseUnavailableError } from "../errors/showgraph-error.js";
import type { RequestDeadline } from "../limits/request-deadline.js";
import { versionedWrites } from "./graph-version.js";
import { toNative } from "./to-native.js";
import { withoutStackCapture } from "./without-stack-capture.js";
import type {
  CypherParameters,
  CypherStatement,
  StatementOptions,
  WriteTransactionOptions,
  CypherTransaction,
  StatementListener,
  CypherReader,
  OpenReadTransaction,
  TransactionRecord,
  TransactionListener,
} from "./cypher-types.js";
import type { TransactionAdmission } from "./embedded/warm-up-admission.js";
import { planOperators } from "./plan-operators.js";
import { closeQuietly, isMemoryLimit, RollbackSignal, toClientError } from "./transaction-endings.js";

// The shapes live in cypher-types.ts; importers of the executor get them from here as before.
export type * from "./cypher-types.js";

export interface CypherExecutorOptions {
  driver: Driver;
  database: string;
  queryTimeoutMs: number;
  onStatement?: StatementListener;
  /** A request's wall-clock budget: no transaction starts after it, none is given longer. */
  deadline?: RequestDeadline;
  /** True while the process knows Neo4j cannot answer (its embedded JVM restarts): see below. */
  databaseAway?: () => boolean;
  /**
   * A client's bookmarks (the Showgraph-Bookmark header, src/causal-consistency): every
   * transaction waits until the member serving it has the writes they stand for.
   */
  bookmarks?: string[];
  /** May refuse a transaction before it starts (a cold, just restarted embedded Neo4j). */
  admission?: TransactionAdmission;
  /** Told of this executor's own transactions only (one request's: its log line's figures). */
  onOwnTransaction?: TransactionListener;
}

/**
 * The only code that talks to Neo4j. Everything above it passes Cypher text and parameters and
 * gets back plain rows; transactions are managed (retried on transient errors and leader
 * switches in a cluster), the database is always explicit, and driver errors are mapped once.
 */
export class CypherExecutor implements CypherReader {
  #transactions = 0;
  readonly #driver: Driver;
  readonly #database: string;
  readonly #queryTimeoutMs: number;
  readonly #onStatement: StatementListener | undefined;
  readonly #deadline: RequestDeadline | undefined;
  readonly #databaseAway: (() => boolean) | undefined;
  readonly #admission: TransactionAdmission | undefined;
  readonly #clientBookmarks: string[];
  readonly #onOwnTransaction: TransactionListener | undefined;
  #writeBookmarks: string[] = [];
  /** Shared with the executors `forRequest` makes, so their transactions are heard too. */
  #transactionListeners = new Set<TransactionListener>();
  /**
   * Shared by every session of this executor (and of those `forRequest` makes), so a read that
   * follows a write waits until the cluster member serving it has that write (causal consistency
   * across the process's requests).
   */
  #bookmarks: BookmarkManager = bookmarkManager();

  constructor(options: CypherExecutorOptions) {
    this.#driver = options.driver;
    this.#database = options.database;
    this.#queryTimeoutMs = options.queryTimeoutMs;
    this.#onStatement = options.onStatement;
    this.#deadline = options.deadline;
    this.#databaseAway = options.databaseAway;
    this.#admission = options.admission;
    this.#clientBookmarks = options.bookmarks ?? [];
    this.#onOwnTransaction = options.onOwnTransaction;
  }

  /**
   * This executor bound to one request. With a `deadline`, a statement asked for after it throws
   * RequestTimeoutError without reaching Neo4j, and each transaction's timeout is cut to the time
   * left (an export has none). With the client's `bookmarks`, its transactions also wait for the
   * writes those stand for. `onOwnTransaction` hears this request's transactions only (its log
   * line's figures), besides the process's listeners (`onTransaction`).
   */
  forRequest(
    deadline: RequestDeadline | undefined,
    bookmarks: string[] = [],
    onOwnTransaction?: TransactionListener,
  ): CypherExecutor {
    const bound = new CypherExecutor({
      driver: this.#driver,
      database: this.#database,
      queryTimeoutMs: this.#queryTimeoutMs,
      onStatement: this.#onStatement,
      deadline,
      databaseAway: this.#databaseAway,
      admission: this.#admission,
      bookmarks,
      onOwnTransaction,
    });
    bound.#transactionListeners = this.#transactionListeners;
    bound.#bookmarks = this.#bookmarks;
    return bound;
  }

  /**
   * The bookmarks of this executor's last committed write transaction (what a client sends back
   * as Showgraph-Bookmark to read its own writes through any replica); [] when it wrote nothing.
   */
  writeBookmarks(): string[] {
    return this.#writeBookmarks;
  }

  /**
   * Adds `listener` to those told of every transaction's end; returns the function that removes
   * it. A listener must not throw: it runs on the request's path.
   */
  onTransaction(listener: TransactionListener): () => void {
    this.#transactionListeners.add(listener);
    return () => this.#transactionListeners.delete(listener);
  }

  /**
   * DatabaseUnavailableError while `databaseAway()`: every statement fails at once rather than
   * wait on the driver; public for callers that would wait first (an export's line for a slot).
   */
  throwIfDatabaseAway(): void {
    if (this.#databaseAway?.()) {
      throw new DatabaseUnavailableError();
    }
  }

  /** Runs one read statement on any cluster member and returns its rows as plain objects. */
  async read<Row>(statement: CypherStatement, options: StatementOptions): Promise<Row[]> {
    return this.#run("READ", options, (tx) => this.#runInTransaction<Row>(tx, statement));
  }

  /** Runs one write statement in its own transaction. */
  async write<Row>(statement: CypherStatement, options: StatementOptions): Promise<Row[]> {
    return this.#run("WRITE", options, (tx) => this.#runInTransaction<Row>(tx, statement));
  }

  /** Runs several write statements in one transaction: all of them take effect, or none. */
  async writeAll(statements: CypherStatement[], options: StatementOptions): Promise<void> {
    await this.#run("WRITE", options, async (tx) => {
      for (const statement of statements) {
        await this.#runInTransaction(tx, statement);
      }
    });
  }

  /**
   * Opens a read transaction that several statements share (all the loads of one GraphQL
   * request), with `options.operation` as its metadata and `options.timeoutMs` (else
   * NEO4J_QUERY_TIMEOUT_MS) as Neo4j's time limit for the whole transaction. The caller must
   * `close()` it, whatever happened; a failed statement leaves it failed, and closing rolls back.
   */
  beginRead(options: StatementOptions): OpenReadTransaction {
    const session = this.#session("READ");
    const transactionNumber = ++this.#transactions;
    const started = performance.now();
    let statements = 0;
    let transaction: Transaction | undefined;
    let failed = false;
    let leave: (() => void) | undefined;
    const open = (): Transaction => {
      if (!transaction) {
        leave ??= this.#admission?.enter();
        transaction = session.beginTransaction(this.#transactionConfig(options));
      }
      return transaction;
    };
    const run = async <Row>(statement: CypherStatement, start: () => Result): Promise<Row[]> => {
      // No statement of a request starts after its deadline (limits/request-deadline.ts).
      this.#deadline?.throwIfPassed();
      this.throwIfDatabaseAway();
      statements += 1;
      this.#onStatement?.({ ...statement, mode: "READ", transaction: transactionNumber });
      try {
        const result = await withoutStackCapture(start);
        return result.records.map((record) => toNative(record.toObject()) as Row);
      } catch (error) {
        failed = true;
        throw toClientError(error);
      }
    };
    return {
      run: <Row>(statement: CypherStatement): Promise<Row[]> =>
        run<Row>(statement, () => open().run(statement.cypher, statement.parameters ?? {})),
      runAlone: <Row>(statement: CypherStatement): Promise<Row[]> =>
        run<Row>(statement, () => {
          leave ??= this.#admission?.enter();
          return session.run(statement.cypher, statement.parameters ?? {}, this.#transactionConfig(options));
        }),
      close: async () => {
        await closeQuietly(session, transaction, failed);
        leave?.();
        if (statements > 0) {
          const record: TransactionRecord = {
            operation: options.operation,
            mode: "READ",
            statements,
            outcome: failed ? "error" : "ok",
            durationMs: performance.now() - started,
          };
          this.#tell(record);
        }
      },
    };
  }

  /**
   * Sends `RETURN 1` once, in an auto-commit transaction: no retries, unlike every other method,
   * because readiness must answer within a second (src/health). Rejects as the driver does.
   */
  async ping(): Promise<void> {
    const session = this.#driver.session({ database: this.#database, defaultAccessMode: routing.READ });
    try {
      await session.run(
        "RETURN 1",
        {},
        { timeout: this.#queryTimeoutMs, metadata: { app: "showgraph", operation: "ping" } },
      );
    } finally {
      await session.close();
    }
  }

  /**
   * The operators of the plan Neo4j would run for a read statement, without running it (EXPLAIN),
   * in plan order, without their `@database` suffix: tests use it to show that lookups and filters
   * start from an index rather than a label scan.
   */
  async explain(statement: CypherStatement, options: StatementOptions): Promise<string[]> {
    const summary = await this.#run("READ", options, async (tx) => {
      const result = await tx.run(`EXPLAIN ${statement.cypher}`, statement.parameters ?? {});
      return result.summary;
    });
    return planOperators(summary.plan);
  }

  /**
   * Runs `work` in one write transaction, which it can query and write many times (reading what it
   * wrote): everything takes effect, or nothing does. A transient failure retries the whole
   * transaction, so `work` must be safe to call again from the start.
   */
  async writeTransaction<T>(
    work: (tx: CypherTransaction) => Promise<T>,
    { rollback = false, ...options }: WriteTransactionOptions,
  ): Promise<T> {
    const done = (value: T): T => {
      if (rollback) {
        throw new RollbackSignal(value);
      }
      return value;
    };
    return this.#run("WRITE", options, async (tx) =>
      done(
        await work({
          run: async <Row>(statement: CypherStatement) => {
            const result = await withoutStackCapture(() =>
              tx.run(statement.cypher, statement.parameters ?? {}),
            );
            const updates = result.summary.counters.updates();
            return {
              rows: result.records.map((record) => toNative(record.toObject()) as Row),
              counters: {
                nodesCreated: updates.nodesCreated,
                relationshipsCreated: updates.relationshipsCreated,
                propertiesSet: updates.propertiesSet,
              },
            };
          },
        }),
      ),
    );
  }

  async #runInTransaction<Row>(tx: ManagedTransaction, statement: CypherStatement): Promise<Row[]> {
    const result: QueryResult<RecordShape> = await tx.run(statement.cypher, statement.parameters ?? {});
    return result.records.map((record) => toNative(record.toObject()) as Row);
  }

  async #run<T>(
    mode: "READ" | "WRITE",
    options: StatementOptions,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    this.#deadline?.throwIfPassed();
    this.throwIfDatabaseAway();
    const leave = this.#admission?.enter();
    const started = performance.now();
    let statements = 0;
    const session = this.#session(mode);
    const config = this.#transactionConfig(options);
    const transactionNumber = ++this.#transactions;
    const counted = (tx: ManagedTransaction): ManagedTransaction => {
      const listener = this.#onStatement;
      return {
        run: (cypher: string, parameters?: CypherParameters) => {
          statements += 1;
          listener?.({ cypher, parameters, mode, transaction: transactionNumber });
          return withoutStackCapture(() => tx.run(cypher, parameters));
        },
      } as ManagedTransaction;
    };
    // Thrown inside the work, a non-driver error stops the driver's retries.
    const attempt = async (tx: ManagedTransaction): Promise<T> => {
      try {
        // Also between the driver's retries: a retry after the deadline is work nobody waits
        // for, and one while the embedded Neo4j restarts cannot succeed.
        this.#deadline?.throwIfPassed();
        this.throwIfDatabaseAway();
        if (mode === "READ") {
          return await work(counted(tx));
        }
        const versioned = versionedWrites(tx);
        const result = await work(counted(versioned.tx));
        await versioned.raiseIfChanged();
        return result;
      } catch (error) {
        throw isMemoryLimit(error) ? toClientError(error) : error;
      }
    };
    let outcome: TransactionRecord["outcome"] = "error";
    try {
      const result =
        mode === "READ"
          ? await session.executeRead(attempt, config)
          : await session.executeWrite(attempt, config);
      outcome = "ok";
      if (mode === "WRITE") {
        this.#writeBookmarks = session.lastBookmarks();
      }
      return result;
    } catch (error) {
      if (error instanceof RollbackSignal) {
        return error.value as T;
      }
      throw toClientError(error);
    } finally {
      await session.close();
      leave?.();
      this.#tell({
        operation: options.operation,
        mode,
        statements,
        outcome,
        durationMs: performance.now() - started,
      });
    }
  }

  /** Tells the process's transaction listeners, then this executor's own one, of a transaction's end. */
  #tell(record: TransactionRecord): void {
    for (const listener of this.#transactionListeners) {
      listener(record);
    }
    this.#onOwnTransaction?.(record);
  }

  /**
   * Every session shares the process's bookmark manager; a request's sessions also carry the
   * client's bookmarks, which the driver sends along with the manager's.
   */
  #session(mode: "READ" | "WRITE"): Session {
    return this.#driver.session({
      database: this.#database,
      defaultAccessMode: mode === "READ" ? routing.READ : routing.WRITE,
      bookmarkManager: this.#bookmarks,
      ...(this.#clientBookmarks.length > 0 ? { bookmarks: this.#clientBookmarks } : {}),
    });
  }

  #transactionConfig(options: StatementOptions): { timeout: number; metadata: Record<string, string> } {
    const timeout = options.timeoutMs ?? this.#queryTimeoutMs;
    return {
      timeout: this.#deadline ? this.#deadline.capTimeout(timeout) : timeout,
      metadata: { app: "showgraph", operation: options.operation },
    };
  }
}
