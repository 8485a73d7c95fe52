/**
 * A lookup that answers many keys with one statement: `statement(keys)` reads `$keys` (and any
 * extra parameters) and returns at most one row `{index, result}` per key, `index` being the
 * key's position in `$keys`. Declared once beside the feature that owns it.
 */
export interface BatchDefinition<TKey, TResult> {
  /** Unique; names the statement in transaction metadata and the loader cache. */
  name: string;
  /** May depend on the keys (e.g. one branch per label present), never on request text. */
  statement: (keys: readonly TKey[]) => string;
  /** Turns a row's `result` (undefined when the statement returned no row for the key). */
  toResult: (result: unknown) => TResult;
}

export interface BatchRow {
  index: number;
  result: unknown;
}
