import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { saveScreenshot } from "../support/browser.js";
import type { DrawnNode } from "../support/graph-view-page.js";
import { drawnNodes, graphql, labelOverlaps, openGraphView } from "../support/graph-view-page.js";
import type { GraphViewSession } from "../support/graph-view-session.js";
import { startGraphViewSession } from "../support/graph-view-session.js";

/** The default depth of the graph view (web/graph-view/toolbar.ts). */
const DEFAULT_DEPTH = 2;

function positions(nodes: DrawnNode[]): Record<string, string> {
  return Object.fromEntries(
    nodes.map((node) => [node.displayName, `${node.x.toFixed(1)},${node.y.toFixed(1)}`]),
  );
}

describe("the drawing: legible and the same on every load", () => {
  let session: GraphViewSession;
  let server: GraphViewSession["server"];
  let browser: GraphViewSession["browser"];
  let shows: Array<{ id: string; title: string }>;
  beforeAll(async () => {
    session = await startGraphViewSession();
    ({ server, browser } = session);
    shows = (
      await graphql<{ shows: { nodes: Array<{ id: string; title: string }> } }>(
        server.url,
        `
          {
            shows(first: 100) {
              nodes {
                id
                title
              }
            }
          }
        `,
      )
    ).shows.nodes;
  });
  afterAll(() => session?.close());

  const open = (id: string) =>
    openGraphView(browser.page, server.url, `?id=${encodeURIComponent(id)}&depth=${DEFAULT_DEPTH}`);

  it("draws every seeded show's neighbourhood with every label shown and no two overlapping", async () => {
    expect(shows.map((show) => show.title).sort()).toEqual(["Fauda", "Hit & Run"]);
    for (const show of shows) {
      await open(show.id);
      const nodes = await drawnNodes(browser.page);
      expect(nodes.length, show.title).toBeGreaterThan(10);
      expect(nodes.filter((node) => node.label === null).map((node) => node.displayName)).toEqual([]);
      expect({ show: show.title, overlaps: labelOverlaps(nodes) }).toEqual({
        show: show.title,
        overlaps: [],
      });
    }
    await saveScreenshot(browser.page, "graph-view-layout-fauda");
  });

  it("puts every node in the same place on two loads of the same address", async () => {
    const hitAndRun = shows.find((show) => show.title === "Hit & Run");
    if (!hitAndRun) {
      throw new Error("Hit & Run is not in the seed");
    }
    await open(hitAndRun.id);
    const first = positions(await drawnNodes(browser.page));
    await open(hitAndRun.id);
    const second = positions(await drawnNodes(browser.page));
    expect(Object.keys(first).length).toBeGreaterThan(20);
    expect(second).toEqual(first);
  });

  it("shows a node's whole name when the pointer is on it", async () => {
    const { page } = browser;
    const long = (await drawnNodes(page)).find((node) => node.displayName.length > 32);
    if (!long?.label) {
      throw new Error("no node with a long name drawn around Hit & Run");
    }
    const before = long.label;
    const box = await page.locator(".graph").boundingBox();
    await page.mouse.move((box?.x ?? 0) + long.x, (box?.y ?? 0) + long.y);
    await expect
      .poll(async () => {
        const label = (await drawnNodes(page)).find((node) => node.id === long.id)?.label;
        return label ? (label.x2 - label.x1) * (label.y2 - label.y1) : 0;
      })
      .toBeGreaterThan((before.x2 - before.x1) * (before.y2 - before.y1));
    await saveScreenshot(page, "graph-view-hover");
    expect(browser.problems).toEqual([]);
  });
});
