import type { ComplexityEstimator } from "graphql-query-complexity";

import { DEFAULT_PAGE_SIZE } from "../pagination/page-size.js";

/** Arguments that say how many items a field returns, in the order they are read. */
const SIZE_ARGUMENTS = ["first", "last", "limit"] as const;

function itemCount(fieldArguments: readonly { name: string }[], args: Record<string, unknown>): number {
  for (const name of SIZE_ARGUMENTS) {
    const value = args[name];
    if (typeof value === "number") {
      return value;
    }
  }
  if (Array.isArray(args.ids)) {
    return args.ids.length;
  }
  // A connection asked for without first or last gets the default page (src/pagination).
  return fieldArguments.some(({ name }) => name === "first" || name === "last") ? DEFAULT_PAGE_SIZE : 1;
}

/**
 * graphql-query-complexity estimator pricing a field at 1 plus what is under it, times the
 * number of items it may return: `first`/`last` of a connection (DEFAULT_PAGE_SIZE when neither
 * is given), `limit` of a neighbourhood, the `ids` of `nodes`. So `cast(first: 100)` under
 * `castCredits(first: 100)` costs 100 × 100 × its item's fields, as it would in the database.
 * Lists without such an argument (a fact's claims, a character's players) count once: their
 * length is bounded by one node's data, not by the client. A size below 1 is priced as 1, and a
 * size above the maximum is priced as asked (the resolver refuses it anyway).
 */
export const pageSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) =>
  1 + Math.max(1, itemCount(field.args, args)) * childComplexity;
