/** The shapes that code above the executor passes to it and gets back (cypher-executor.ts). */

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

/**
 * A statement as sent: `transaction` numbers the transaction it ran in (1, 2, ... per executor),
 * the same for every statement of one transaction and for a managed transaction's retries.
 */
export type StatementEvent = CypherStatement & { mode: "READ" | "WRITE"; transaction: number };

/** Called for every statement sent; tests count round trips and transactions with it, metrics will too. */
export type StatementListener = (statement: StatementEvent) => void;

/** What reads need: the executor (a transaction per statement) or a request's one transaction. */
export interface CypherReader {
  read<Row>(statement: CypherStatement, options: StatementOptions): Promise<Row[]>;
}

/**
 * A read transaction held open across statements (a GraphQL request's, see
 * request-transaction.ts). Not retried: a retry would have to re-run the caller's work.
 */
export interface OpenReadTransaction {
  /** Runs one statement in the transaction; errors are mapped to client errors (ShowgraphError). */
  run<Row>(statement: CypherStatement): Promise<Row[]>;
  /**
   * Runs `statement` as the transaction's only statement: as an auto-commit transaction, which
   * sends RUN and PULL in one round trip and no BEGIN or COMMIT (Bolt's single-statement form;
   * measured about 20% less CPU per request in Node and in Neo4j under bench:query). Only for a
   * caller that knows nothing else will read; a `run` after it starts a second transaction.
   */
  runAlone<Row>(statement: CypherStatement): Promise<Row[]>;
  /** Commits (or, after a failure, rolls back) and closes the session; never throws. */
  close(): Promise<void>;
}

/** One managed transaction as it ended: its time includes the driver's retries and pool wait. */
export interface TransactionRecord {
  operation: string;
  mode: "READ" | "WRITE";
  /** Wall-clock milliseconds from asking for a session to the transaction's end. */
  durationMs: number;
  /** Statements sent, retries included. */
  statements: number;
  outcome: "ok" | "error";
}

/** Called once per transaction, after it ended; logs and metrics take their Neo4j figures from it. */
export type TransactionListener = (transaction: TransactionRecord) => void;
