/** What a Relay connection's page says about its neighbours. */
export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * Pages through a connection with `size`-item pages, forwards (`first`/`after`) or backwards
 * (`last`/`before`), and returns every item in the connection's order. `ask` gets the page
 * arguments and returns that page's items and pageInfo; it stops after `maxPages` pages.
 */
export async function pageThrough<T>(
  direction: "forwards" | "backwards",
  size: number,
  ask: (args: Record<string, unknown>) => Promise<{ items: T[]; pageInfo: PageInfoShape }>,
  maxPages = 50,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < maxPages; pages += 1) {
    const { items, pageInfo } = await ask(
      direction === "forwards" ? { first: size, after: cursor } : { last: size, before: cursor },
    );
    if (direction === "forwards") {
      all.push(...items);
    } else {
      all.unshift(...items);
    }
    if (!(direction === "forwards" ? pageInfo.hasNextPage : pageInfo.hasPreviousPage)) {
      break;
    }
    cursor = direction === "forwards" ? pageInfo.endCursor : pageInfo.startCursor;
  }
  return all;
}

/**
 * A query for one page of `root { connection(first, after, last, before) }` with its total, each
 * edge's cursor and `item` selection, and pageInfo. With `planned` false the connection carries
 * `@include(if: true)`, which makes the query engine leave it to the batched loaders, so a test can
 * compare the two paths on the same page.
 */
export function connectionPageQuery(
  root: string,
  connection: string,
  item: string,
  planned: boolean,
): string {
  return `
  query ($first: Int, $after: String, $last: Int, $before: String) {
    ${root} {
      ${connection}(first: $first, after: $after, last: $last, before: $before) ${planned ? "" : "@include(if: true)"} {
        totalCount
        edges { cursor node { ${item} } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  }`;
}
