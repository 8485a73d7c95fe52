import type { Driver, ManagedTransaction, QueryResult, RecordShape, ResultSummary } from "neo4j-driver";
import { Neo4jError, routing } from "neo4j-driver";

import { mapNeo4jError } from "../errors/map-neo4j-error.js";
import { ShowgraphError, TransactionTooLargeError } from "../errors/showgraph-error.js";
import type { RequestDeadline } from "../limits/request-deadline.js";
import { toNative } from "./to-native.js";

/**
 * A transient error to the driver, which would retry the transaction until its retry time is up;
 * but the same work needs the same memory again.
 */
const TRANSACTION_MEMORY_LIMIT = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";

export type CypherParameters = Record<string, unknown>;

export interface CypherStatement {
  cypher: string;
  parameters?: CypherParameters;
}

export interface StatementOptions {
  /** Recorded as transaction metadata, so `SHOW TRANSACTIONS` and the query log say who asked. */
  operation: string;
  /**
   * Overrides the request timeout (NEO4J_QUERY_TIMEOUT_MS) for work that is not a client's
   * request and may rightly take long, such as seeding or ingesting a file; 0: none.
   */
  timeoutMs?: number;
}

/** Options of `writeTransaction`. */
export interface WriteTransactionOptions extends StatementOptions {
  /**
   * Roll back instead of committing, and return what the work returned: a dry run sees exactly
   * what a real one would (its own writes included) and leaves the graph as it was.
   */
  rollback?: boolean;
}

/** Thrown out of a dry run's work so the driver rolls its transaction back; carries the result. */
class RollbackSignal<T> extends Error {
  constructor(readonly value: T) {
    super("dry run rolled back");
  }
}

/** What a write statement changed, as Neo4j counted it. */
export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** A transaction handed to `writeTransaction`'s work: statements run in it see each other's writes. */
export interface CypherTransaction {
  run<Row>(statement: CypherStatement): Promise<{ rows: Row[]; counters: WriteCounters }>;
}

/** Called for every statement sent; tests count round trips with it, metrics will too. */
export type StatementListener = (statement: CypherStatement & { mode: "READ" | "WRITE" }) => void;

export interface CypherExecutorOptions {
  driver: Driver;
  database: string;
  queryTimeoutMs: number;
  onStatement?: StatementListener;
  /** A request's wall-clock budget: no transaction starts after it, none is given longer. */
  deadline?: RequestDeadline;
}

/**
 * The only code that talks to Neo4j. Everything above it passes Cypher text and parameters and
 * gets back plain rows; transactions are managed (retried on transient errors and leader
 * switches in a cluster), the database is always explicit, and driver errors are mapped once.
 */
export class CypherExecutor {
  readonly #driver: Driver;
  readonly #database: string;
  readonly #queryTimeoutMs: number;
  readonly #onStatement: StatementListener | undefined;
  readonly #deadline: RequestDeadline | undefined;

  constructor({ driver, database, queryTimeoutMs, onStatement, deadline }: CypherExecutorOptions) {
    this.#driver = driver;
    this.#database = database;
    this.#queryTimeoutMs = queryTimeoutMs;
    this.#onStatement = onStatement;
    this.#deadline = deadline;
  }

  /**
   * This executor bound to one request's deadline: a statement asked for after it throws
   * RequestTimeoutError without reaching Neo4j, and each transaction's timeout is cut to the time left.
   */
  forRequest(deadline: RequestDeadline): CypherExecutor {
    return new CypherExecutor({
      driver: this.#driver,
      database: this.#database,
      queryTimeoutMs: this.#queryTimeoutMs,
      onStatement: this.#onStatement,
      deadline,
    });
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
            const result = await tx.run(statement.cypher, statement.parameters ?? {});
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
    const session = this.#driver.session({
      database: this.#database,
      defaultAccessMode: mode === "READ" ? routing.READ : routing.WRITE,
    });
    const timeout = options.timeoutMs ?? this.#queryTimeoutMs;
    const config = {
      timeout: this.#deadline ? this.#deadline.capTimeout(timeout) : timeout,
      metadata: { app: "showgraph", operation: options.operation },
    };
    const counted = (tx: ManagedTransaction): ManagedTransaction => {
      if (!this.#onStatement) {
        return tx;
      }
      const listener = this.#onStatement;
      return {
        run: (cypher: string, parameters?: CypherParameters) => {
          listener({ cypher, parameters, mode });
          return tx.run(cypher, parameters);
        },
      } as ManagedTransaction;
    };
    // Thrown inside the work, a non-driver error stops the driver's retries.
    const attempt = async (tx: ManagedTransaction): Promise<T> => {
      try {
        // Also between the driver's retries: a retry after the deadline is work nobody waits for.
        this.#deadline?.throwIfPassed();
        return await work(counted(tx));
      } catch (error) {
        if (error instanceof Neo4jError && error.code === TRANSACTION_MEMORY_LIMIT) {
          throw Object.assign(new TransactionTooLargeError(), { originalError: error });
        }
        throw error;
      }
    };
    try {
      return mode === "READ"
        ? await session.executeRead(attempt, config)
        : await session.executeWrite(attempt, config);
    } catch (error) {
      if (error instanceof RollbackSignal) {
        return error.value as T;
      }
      if (error instanceof ShowgraphError) {
        throw error;
      }
      throw Object.assign(mapNeo4jError(error), { originalError: error });
    } finally {
      await session.close();
    }
  }
}

function planOperators(plan: ResultSummary["plan"]): string[] {
  if (!plan) {
    return [];
  }
  return [plan.operatorType.replace(/@.*$/, ""), ...plan.children.flatMap(planOperators)];
}
