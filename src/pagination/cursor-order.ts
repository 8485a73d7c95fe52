import { createHash } from "node:crypto";

import { BadUserInputError } from "../errors/showgraph-error.js";
import type { PageRequest } from "./connection-args.js";
import type { ConnectionDefinition } from "./connection-definition.js";

/** Definitions are constants: each one's fingerprint is hashed once, not on every page. */
const orders = new WeakMap<ConnectionDefinition<unknown>, string>();

/**
 * A short fingerprint of a connection's order (its name and sort keys), stored in every cursor it
 * makes. Filters are not part of it: a position in an order stays meaningful when a filter changes.
 */
export function cursorOrder(definition: ConnectionDefinition<unknown>): string {
  let order = orders.get(definition);
  if (order === undefined) {
    order = createHash("sha256")
      .update(JSON.stringify([definition.name, definition.sortKeys]))
      .digest("base64url")
      .slice(0, 10);
    orders.set(definition, order);
  }
  return order;
}

/**
 * A cursor from another connection or another order would be compared with the wrong sort keys
 * and give wrong pages without any error; refuse it instead.
 */
export function checkCursorOrder(definition: ConnectionDefinition<unknown>, request: PageRequest): void {
  if (request.order === null) {
    return;
  }
  const expected = cursorOrder(definition);
  for (const argument of ["after", "before"] as const) {
    const sortKey = request[argument];
    if (sortKey !== null && (request.order !== expected || sortKey.length !== definition.sortKeys.length)) {
      throw new BadUserInputError(
        `The ${argument} cursor was made for another list or another order: start again from the first page of this one`,
        { argument },
      );
    }
  }
}
