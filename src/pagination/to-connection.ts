import type { PageRequest } from "./connection-args.js";
import type { Connection } from "./connection.type.js";
import type { SortKeyValue } from "./cursor.js";
import { encodeCursor } from "./cursor.js";

export interface PageRow {
  sortKey: SortKeyValue[];
  row: Record<string, unknown>;
}

/**
 * Turns the rows a keyset statement returned (one extra, in query order) into a Relay page whose
 * cursors carry `order`, the fingerprint of the order they were made in.
 */
export function toConnection<TNode>(
  rows: PageRow[],
  totalCount: number,
  request: PageRequest,
  { order, toNode }: { order: string; toNode: (row: Record<string, unknown>) => TNode },
): Connection<TNode> {
  const hasMore = rows.length > request.size;
  const page = rows.slice(0, request.size);
  if (request.direction === "BACKWARD") {
    page.reverse();
  }
  const edges = page.map(({ sortKey, row }) => ({
    cursor: encodeCursor({ order, sortKey }),
    node: toNode(row),
  }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    totalCount,
    pageInfo: {
      hasNextPage: request.direction === "FORWARD" ? hasMore : request.before !== null,
      hasPreviousPage: request.direction === "BACKWARD" ? hasMore : request.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
