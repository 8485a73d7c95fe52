import type { PageRequest } from "./connection-args.js";
import type { Connection, Edge } from "./connection.type.js";
import type { SortKeyValue } from "./cursor.js";
import { encodeCursor } from "./cursor.js";

export interface PageRow {
  /** Absent when the statement was planned for a selection without cursors. */
  sortKey?: SortKeyValue[];
  row: Record<string, unknown>;
}

/** An edge whose cursor is encoded only when read: most clients select `nodes` and no cursor. */
class PageEdge<TNode> implements Edge<TNode> {
  constructor(
    readonly node: TNode,
    readonly order: string,
    readonly sortKey: SortKeyValue[] | undefined,
  ) {}

  get cursor(): string {
    return encodeCursor({ order: this.order, sortKey: this.sortKey ?? [] });
  }
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
  const edges = page.map(({ sortKey, row }) => new PageEdge(toNode(row), order, sortKey));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    totalCount,
    pageInfo: {
      hasNextPage: request.direction === "FORWARD" ? hasMore : request.before !== null,
      hasPreviousPage: request.direction === "BACKWARD" ? hasMore : request.after !== null,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}
