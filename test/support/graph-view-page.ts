import type { Page } from "playwright-core";

/** A node as the graph view drew it: x and y in pixels from the drawing's top-left corner. */
export interface DrawnNode {
  __typename: string;
  id: string;
  displayName: string;
  x: number;
  y: number;
  /** The label's box in the same pixels; null when labels are hidden (zoomed far out). */
  label: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface DrawnRelationship {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  x: number;
  y: number;
  /** Faded by the time control: nothing known of it on the chosen day. */
  faded: boolean;
}

/** What web/graph-view/explore.ts exposes on window for tests. */
interface GraphViewHook {
  drawnNodes(): DrawnNode[];
  drawnRelationships(): DrawnRelationship[];
  counts(): { nodes: number; relationships: number };
  zoom(): number;
  finishedActions(): number;
}

declare const window: { showgraphGraphView?: GraphViewHook };

const GRAPH_API_FIELDS = ["search", "neighborhood", "paths"];

/**
 * The graph view needs Query.search, Query.neighborhood and Query.paths (the graph API of the
 * graph-search branch); says so plainly when the schema under test lacks them.
 */
export async function requireGraphApi(serverUrl: string): Promise<void> {
  const fields = await graphql<{ __type: { fields: Array<{ name: string }> } }>(
    serverUrl,
    `
      {
        __type(name: "Query") {
          fields {
            name
          }
        }
      }
    `,
  );
  const present = new Set(fields.__type.fields.map((field) => field.name));
  const missing = GRAPH_API_FIELDS.filter((name) => !present.has(name));
  if (missing.length > 0) {
    throw new Error(
      `The graph view test needs the graph API; the schema has no Query.${missing.join(", Query.")}. ` +
        "It passes once the graph-search branch (search, neighborhood, paths) is merged.",
    );
  }
}

export async function graphql<TData>(
  serverUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<TData> {
  const response = await fetch(`${serverUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: TData; errors?: unknown[] };
  if (body.errors || !body.data) {
    throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

export async function finishedActions(page: Page): Promise<number> {
  return page.evaluate(() => window.showgraphGraphView?.finishedActions() ?? 0);
}

/** Does `act` and waits until the graph view has finished the search, drawing or expansion it started. */
export async function afterAction(page: Page, act: () => Promise<void>): Promise<void> {
  const before = await finishedActions(page);
  await act();
  await page.waitForFunction((count) => (window.showgraphGraphView?.finishedActions() ?? 0) > count, before);
}

/** Opens /explore (with `query`, e.g. "?id=…") and waits until it has done what the address asks. */
export async function openGraphView(page: Page, serverUrl: string, query = ""): Promise<void> {
  await page.goto(`${serverUrl}/explore${query}`);
  await page.waitForFunction(() => (window.showgraphGraphView?.finishedActions() ?? 0) > 0);
}

export async function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(() => window.showgraphGraphView?.drawnNodes() ?? []);
}

export async function drawnRelationships(page: Page): Promise<DrawnRelationship[]> {
  return page.evaluate(() => window.showgraphGraphView?.drawnRelationships() ?? []);
}

export async function statusText(page: Page): Promise<string> {
  return page.locator(".status").innerText();
}

/** Types a name in the Entity box, picks the depth and asks for the neighbourhood. */
export async function showNeighbourhood(
  page: Page,
  { name, depth }: { name: string; depth: number },
): Promise<void> {
  await page.getByRole("combobox", { name: "Entity" }).fill(name);
  await page.getByRole("combobox", { name: "Depth" }).selectOption(String(depth));
  await afterAction(page, () => page.getByRole("button", { name: "Show neighbourhood" }).click());
}

/** Clicks at a point of the drawing, as a person would. */
export async function clickDrawing(page: Page, { x, y }: { x: number; y: number }): Promise<void> {
  const box = await page.locator(".graph").boundingBox();
  if (!box) {
    throw new Error("the drawing is not on screen");
  }
  await page.mouse.click(box.x + x, box.y + y);
}

/** Pairs of drawn nodes whose labels overlap, by name. */
export function labelOverlaps(nodes: DrawnNode[]): Array<[string, string]> {
  const overlaps: Array<[string, string]> = [];
  nodes.forEach((a, index) => {
    for (const b of nodes.slice(index + 1)) {
      const [p, q] = [a.label, b.label];
      if (p && q && p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2) {
        overlaps.push([a.displayName, b.displayName]);
      }
    }
  });
  return overlaps;
}

/** Switches the graph view to its list (table) of what is drawn. */
export async function showList(page: Page): Promise<void> {
  const button = page.getByRole("button", { name: "List", exact: true });
  if ((await button.getAttribute("aria-pressed")) !== "true") {
    await button.click();
  }
}

/**
 * Opens the sources of one relationship from the list view (the button is named "Sources of:
 * <from> <relationship in words> <to>") and waits until they are loaded.
 */
export async function openSources(page: Page, name: string): Promise<void> {
  await showList(page);
  await page.getByRole("button", { name: `Sources of: ${name}`, exact: true }).click();
  await page.locator(".details .evidence[data-loaded]").waitFor();
}

/**
 * Strings that are keys for machines, not words for a reader: base64 global ids, claim keys
 * ("claim/lior-raz/plays/..."), slugs with a path ("hit-and-run/season-1"), Neo4j element ids.
 */
export const ID_LIKE = [
  // base64: twelve or more of its characters, with a digit and a capital past the first.
  /\b(?=[A-Za-z0-9+/]*\d)(?=[A-Za-z0-9+/]+[A-Z])[A-Za-z0-9+/]{12,}={0,2}/,
  /\bclaim\//,
  /\b[a-z0-9]+(?:-[a-z0-9]+)+\/[a-z0-9-]+/,
  /\b\d+:[0-9a-f]{8}-[0-9a-f-]{27}:\d+\b/,
];

export function idLikeStrings(text: string): string[] {
  return ID_LIKE.flatMap((pattern) => text.match(new RegExp(pattern.source, "g")) ?? []);
}
