import type { CypherParameters } from "../neo4j/cypher-executor.js";

export interface SortKey {
  /** A Cypher expression over the variables of `match`; never null (coalesce it). */
  expression: string;
  descending?: boolean;
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
  /** A map expression with what `toNode` needs. */
  returns: string;
  toNode: (row: Record<string, unknown>) => TNode;
}

export interface ConnectionQueryInput {
  /** Extra parameters, e.g. a filter object referenced as `$filter` in `where`. */
  parameters?: CypherParameters;
}
