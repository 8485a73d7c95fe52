import type { CypherParameters } from "../neo4j/cypher-executor.js";

export interface SortKey {
  /** A Cypher expression over the variables of `match`; never null (coalesce it). */
  expression: string;
  descending?: boolean;
  /**
   * How a value of `expression` is compared with a cursor's stored value, when the two differ in
   * type: a date is stored in a cursor as its ISO string, so it is compared as `toString(date)`.
   * Only evaluated when a cursor is given; ordering uses the value itself.
   */
  compareAs?: (value: string) => string;
}

/**
 * A sort key on a date that may be absent (`show.premiereDate`), undated last when descending.
 * Ordered by the date itself: formatting it for every row (`toString`) measured about 20% of
 * Neo4j's CPU for a busy person's credits under bench:query; only a cursor's comparison needs
 * the string (a cursor holds JSON).
 */
export function dateSortKey(date: string, descending = true): SortKey {
  return {
    expression: `coalesce(${date}, date('0001-01-01'))`,
    descending,
    compareAs: (value) => `toString(${value})`,
  };
}

/**
 * A paginated list of things reached from a parent, declared once in the feature folder that
 * owns it (show/show-cast.connection.ts, ...). The fragments are code, never user input: every
 * value that comes from a request reaches Cypher as a parameter.
 */
export interface ConnectionDefinition<TNode> {
  /** Unique; names the statement in transaction metadata and the loader cache. */
  name: string;
  /**
   * Patterns that bind the items. In a batched (nested) connection `parentKey` is the parent's
   * id; in a root connection there is no parent.
   */
  match: string;
  /**
   * The variables `match` binds that `sortKeys` and `returns` use: the statement carries them
   * (and only them) from the one match to both the count and the page.
   */
  binds: string[];
  /** An optional predicate over the variables of `match`; may use `$filter.*` parameters. */
  where?: string;
  /** The order; the last key must be unique among one parent's items (an id). */
  sortKeys: SortKey[];
  /**
   * Clauses run on the page's rows only, after the order and the limit: they bind variables
   * `returns` reads that the order does not need, so that they are read for one page of rows
   * rather than for every item (a cast credit's show, see cast-credit.connection.ts). They give
   * each row at most one row, in order (a `CALL` subquery ending in `LIMIT 1`): more would page
   * a row twice.
   */
  pageMatch?: string;
  /** A map expression with what `toNode` needs. */
  returns: string;
  toNode: (row: Record<string, unknown>) => TNode;
}

export interface ConnectionQueryInput {
  /** Extra parameters, e.g. a filter object referenced as `$filter` in `where`. */
  parameters?: CypherParameters;
}
