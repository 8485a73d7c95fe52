/**
 * A whole list of things reached from a parent, for relationships that are small by nature (a
 * show's networks, a character's relationships): no pages, but still one statement per nesting
 * level. Like ConnectionDefinition, the fragments are code; request values come as `$filter.*`.
 */
export interface ListDefinition<TItem> {
  /** Unique; names the statement in transaction metadata and the loader cache. */
  name: string;
  /** Clauses that bind the items of the parent whose id is `parentKey`. */
  match: string;
  /** Cypher sort expressions (with ASC/DESC) over the variables of `match`. */
  orderBy: string[];
  /** A map expression with what `toItem` needs. */
  returns: string;
  toItem: (row: Record<string, unknown>) => TItem;
}
