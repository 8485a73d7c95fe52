import type { Node } from "../node/node.interface.js";
import type { NodeTypeInfo } from "../node/node-types.js";

/**
 * A Cypher fragment over the listed node `n`, given the parameter expression holding this
 * field's value (`$filter.network`). The whole filter is one map parameter with absent fields
 * null, so a fragment may also read another field (`$filter.workedOn`).
 */
export type FilterFragment = (value: string) => string;

/** How one field of a list's filter input becomes Cypher. */
export type FilterRule<TValue> = {
  /** The parameter value for the GraphQL value (a global ID's key, a normalised name, ...). */
  toParameter?: (value: TValue, argument: string) => unknown;
} & (
  | {
      /** A predicate over `n`, served by an index on `n`'s label. */
      predicate: FilterFragment;
    }
  | {
      /**
       * A pattern from `n` to something the filter names by id. The first such filter given
       * starts the query (MATCH pattern ... WITH DISTINCT n), so the id's index rather than a
       * label scan finds the candidates; any other is an EXISTS predicate.
       */
      pattern: FilterFragment;
      /** A condition on the pattern's own variables. */
      where?: FilterFragment;
      /**
       * A planner hint (`USING INDEX worked:WORKED_ON(job)`) for when this pattern starts the
       * query: the planner does not seek an index for `IN $list` on its own when it cannot see the
       * list's size, and would scan the label instead.
       */
      startHint?: string;
    }
);

/** One rule per field of the filter input, in the order they are tried as the starting point. */
export type FilterRules<TFilter> = { [Field in keyof TFilter]-?: FilterRule<NonNullable<TFilter[Field]>> };

export interface OrderKey {
  /** A Cypher expression over `n`, never null (coalesce it). */
  expression: string;
  /** Keeps this key ascending in a DESC order too, e.g. "has no date" so undated items stay last. */
  alwaysAscending?: boolean;
}

/**
 * A root list (`shows`, `people`, ...) declared once: the label comes from the fixed node-type
 * table and every fragment is code, so request values only ever reach Cypher as parameters.
 */
export interface RootListDefinition<TNode extends Node, TFilter, TOrderField extends string> {
  /** The query field's name; names statements and cursors. */
  name: string;
  type: NodeTypeInfo<TNode>;
  filters: FilterRules<TFilter>;
  /** Sort keys per order field, most significant first; `n.id` is always added last. */
  orders: Record<TOrderField, OrderKey[]>;
  defaultOrder: TOrderField;
}
