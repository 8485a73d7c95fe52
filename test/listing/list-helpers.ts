import { expect } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import { pageThrough } from "../support/page-through.js";
import type { TestServer } from "../support/test-server.js";

export interface ListPage {
  totalCount: number;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  edges: { cursor: string; node: { id: string } }[];
}

export type ListVariables = Record<string, unknown> & {
  filter?: Record<string, unknown>;
  orderBy?: { field: string; direction?: "ASC" | "DESC" };
};

/** A root list query (`shows`, `people`, ...) with every argument as a variable. */
export function listQuery(field: string, type: string): string {
  return `query List($filter: ${type}Filter, $orderBy: ${type}Order, $first: Int, $after: String, $last: Int, $before: String) {
    list: ${field}(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id } }
    }
  }`;
}

export async function fetchPage(
  server: TestServer,
  query: string,
  variables: ListVariables,
): Promise<ListPage> {
  const result = await server.query<{ list: ListPage }>(query, variables);
  expect(result.errors).toBeUndefined();
  return (result.data as { list: ListPage }).list;
}

/** Every item of a list, paging forward 100 at a time, as global IDs. */
export async function fetchAll(
  server: TestServer,
  query: string,
  variables: ListVariables,
): Promise<string[]> {
  let totalCount = 0;
  const ids = await pageThrough(
    "forwards",
    100,
    async (args) => {
      const page = await fetchPage(server, query, { ...variables, ...args });
      totalCount = page.totalCount;
      return { items: page.edges.map((edge) => edge.node.id), pageInfo: page.pageInfo };
    },
    Number.POSITIVE_INFINITY,
  );
  expect(ids).toHaveLength(totalCount);
  return ids;
}

export interface ExpectedKey<T> {
  value: (item: T) => string | number | boolean;
  descending?: boolean;
}

/**
 * The global IDs of `items` in the order the API promises: by each key in turn, then by id
 * ascending. Strings compare by UTF-16 code units, as Neo4j and JavaScript's `<` both do.
 */
export function expectedOrder<T extends { id: string }>(
  typename: string,
  items: T[],
  keys: ExpectedKey<T>[],
): string[] {
  const compare = (a: T, b: T): number => {
    for (const { value, descending } of keys) {
      const [x, y] = [value(a), value(b)];
      if (x !== y) {
        return (x < y ? -1 : 1) * (descending ? -1 : 1);
      }
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  return [...items].sort(compare).map((item) => toGlobalId(typename, item.id));
}

export function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  }
  return counts;
}

export function errorCodes(result: {
  errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }>;
}): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}
