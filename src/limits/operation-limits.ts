/**
 * What one GraphQL operation may ask for, checked before it runs (docs/reliability.md, "Operation
 * limits"). Each default leaves room above the largest operation of schema/examples.graphql
 * (test/limits/examples-under-limits.int.test.ts prints their measures) and refuses the inputs
 * measured in issue 11, which held the process for 2.3 s (depth 10) to out-of-memory (depth 14).
 */
export interface OperationLimits {
  /** Nesting of fields, the operation's root fields counting 1 (GRAPHQL_MAX_DEPTH). */
  maxDepth: number;
  /** Aliased fields in the operation, fragments included (GRAPHQL_MAX_ALIASES). */
  maxAliases: number;
  /** Directives used in the operation (GRAPHQL_MAX_DIRECTIVES). */
  maxDirectives: number;
  /** Lexical tokens of the document, comments excluded; parsing stops past it (GRAPHQL_MAX_TOKENS). */
  maxTokens: number;
  /** Fields selected, after expanding fragments (GRAPHQL_MAX_FIELDS). */
  maxFields: number;
  /**
   * The estimated cost: each field costs 1, and a paged field multiplies what is under it by its
   * page size (operation-cost.ts) (GRAPHQL_MAX_COST).
   */
  maxCost: number;
}

/** What one HTTP request to /graphql may take, whatever the operation (docs/reliability.md). */
export interface RequestLimits {
  /** Wall-clock budget of one request in milliseconds; past it, REQUEST_TIMEOUT (REQUEST_TIMEOUT_MS). */
  timeoutMs: number;
  /** The largest response body in bytes; over it, RESPONSE_TOO_LARGE (RESPONSE_MAX_BYTES). */
  responseMaxBytes: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxDepth: 10,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 5_000,
  maxFields: 300,
  maxCost: 100_000,
};

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  timeoutMs: 10_000,
  responseMaxBytes: 5 * 1024 * 1024,
};

/** The names clients see in `extensions.limit`, one for each limit above. */
export type LimitName = "depth" | "aliases" | "directives" | "tokens" | "fields" | "cost";
