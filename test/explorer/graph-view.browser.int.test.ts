// Needs the graph API (Query.search, Query.neighborhood, Query.paths) of the graph-search branch:
// on a branch without it, requireGraphApi fails every test with that message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { BrowserSession } from "../support/browser.js";
import { openBrowser, requestsElsewhere, saveScreenshot } from "../support/browser.js";
import { ensureExplorerAssets } from "../support/explorer-assets.js";
import type { DrawnNode } from "../support/graph-view-page.js";
import {
  afterAction,
  clickDrawing,
  drawnNodes,
  drawnRelationships,
  graphql,
  openGraphView,
  requireGraphApi,
  showNeighbourhood,
  statusText,
} from "../support/graph-view-page.js";
import type { TestHttpServer } from "../support/test-http-server.js";
import { HIT_AND_RUN_ACTORS } from "../support/seed-cast.js";
import { startTestHttpServer } from "../support/test-http-server.js";

describe("the graph view in a real browser", () => {
  let server: TestHttpServer;
  let browser: BrowserSession;
  beforeAll(async () => {
    await ensureExplorerAssets();
    server = await startTestHttpServer();
    await requireGraphApi(server.url);
    browser = await openBrowser();
    await openGraphView(browser.page, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The first drawn node whose own neighbourhood (asked of the API directly) has nodes not drawn yet. */
  async function nodeWithMoreAround(drawn: DrawnNode[]): Promise<{ node: DrawnNode; hidden: string[] }> {
    const drawnIds = new Set(drawn.map((node) => node.id));
    for (const node of drawn) {
      const { neighborhood } = await graphql<{ neighborhood: { nodes: Array<{ id: string }> } }>(
        server.url,
        `
          query ($id: ID!) {
            neighborhood(id: $id, depth: 1, limit: 100) {
              nodes {
                id
              }
            }
          }
        `,
        { id: node.id },
      );
      const hidden = neighborhood.nodes.map(({ id }) => id).filter((id) => !drawnIds.has(id));
      if (hidden.length > 0) {
        return { node, hidden };
      }
    }
    throw new Error("every drawn node's neighbours are drawn already: nothing to expand");
  }

  it("draws Hit & Run's neighbourhood at depth 2, with its seven actors", async () => {
    const { page } = browser;
    await showNeighbourhood(page, { name: "Hit & Run", depth: 2 });
    const names = (await drawnNodes(page)).map((node) => node.displayName);
    expect(names).toContain("Hit & Run");
    expect(names).toEqual(expect.arrayContaining(HIT_AND_RUN_ACTORS));
    expect(await statusText(page)).toContain("within 2 steps of Hit & Run");
    expect(page.url()).toContain("depth=2");
    await saveScreenshot(page, "graph-view-hit-and-run");
  });

  it("adds a node's neighbours when the node is clicked", async () => {
    const { page } = browser;
    // At depth 1 the characters are drawn and the people who play them are not.
    await showNeighbourhood(page, { name: "Hit & Run", depth: 1 });
    const before = await drawnNodes(page);
    const { node, hidden } = await nodeWithMoreAround(before);
    await afterAction(page, () => clickDrawing(page, node));
    const after = (await drawnNodes(page)).map((drawn) => drawn.id);
    expect(after.length).toBeGreaterThan(before.length);
    expect(after).toEqual(expect.arrayContaining(hidden));
    expect(await statusText(page)).toContain(`around ${node.displayName}`);
    await saveScreenshot(page, "graph-view-expanded");
  });

  it("shows a relationship's type and properties when it is clicked", async () => {
    const { page } = browser;
    // Click the point of a PLAYS edge that lies farthest from every node and its label (drawn
    // below it), so no node takes the click, whatever the layout made of this graph.
    const nodes = await drawnNodes(page);
    const clearance = ({ x, y }: { x: number; y: number }) =>
      Math.min(
        ...nodes.flatMap((node) => [
          Math.hypot(node.x - x, node.y - y),
          Math.hypot(node.x - x, node.y + 22 - y),
        ]),
      );
    const at = (id: string) => nodes.find((node) => node.id === id);
    const candidates = (await drawnRelationships(page))
      .filter((relationship) => relationship.type === "PLAYS")
      .flatMap((relationship) => {
        const [from, to] = [at(relationship.fromId), at(relationship.toId)];
        if (!from || !to) {
          return [relationship];
        }
        return Array.from({ length: 13 }, (_, step) => {
          const t = 0.2 + step * 0.05;
          return { x: from.x + t * (to.x - from.x), y: from.y + t * (to.y - from.y) };
        });
      });
    const plays = candidates.sort((a, b) => clearance(b) - clearance(a))[0];
    if (!plays) {
      throw new Error("no PLAYS relationship drawn");
    }
    await clickDrawing(page, plays);
    const details = page.locator(".details");
    await expect.poll(() => details.locator("h2").innerText()).toMatch(/ plays /);
    expect(await details.innerText()).toContain("Relationship PLAYS, from ");
    expect(await details.innerText()).toContain("SOURCES");
  });

  it("draws the paths between two entities", async () => {
    const { page } = browser;
    await page.getByRole("combobox", { name: "Path to" }).fill("Gal Toren");
    await afterAction(page, () => page.getByRole("button", { name: "Find paths" }).click());
    expect(await statusText(page)).toMatch(/from Hit & Run to Gal Toren; the shortest has \d steps?\./);
    const names = (await drawnNodes(page)).map((node) => node.displayName);
    expect(names).toEqual(expect.arrayContaining(["Hit & Run", "Gal Toren"]));
    await saveScreenshot(page, "graph-view-paths");
  });

  it("says so when nothing matches", async () => {
    const { page } = browser;
    await showNeighbourhood(page, { name: "Qqqzzx Nonesuch", depth: 1 });
    expect(await statusText(page)).toBe("Nothing matches “Qqqzzx Nonesuch”.");
  });

  it("asked nothing of any host but the service, and nothing failed", () => {
    expect(browser.problems).toEqual([]);
    expect(requestsElsewhere(browser.requests, server.url)).toEqual([]);
  });

  it("says so when the service cannot be reached", async () => {
    const { page } = browser;
    await page.route("**/graphql", (route) => route.abort());
    await showNeighbourhood(page, { name: "Hit & Run", depth: 1 });
    expect(await statusText(page)).toBe("The service cannot be reached. Is it still running?");
    expect(await page.locator(".status").getAttribute("data-kind")).toBe("error");
  });
});
