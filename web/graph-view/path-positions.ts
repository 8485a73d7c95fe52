import type { Position } from "cytoscape";

import type { GraphPath } from "./graph-data.js";

const STEP_WIDTH = 190;
const ROW_HEIGHT = 110;

/**
 * Each path as a row read from left (start) to right (end); a node shared with an earlier path
 * stays where that path put it, so the rows show where paths meet.
 */
export function pathPositions(paths: GraphPath[]): Map<string, Position> {
  const positions = new Map<string, Position>();
  const longest = Math.max(1, ...paths.map((path) => path.nodes.length - 1));
  paths.forEach((path, row) => {
    const step = (STEP_WIDTH * longest) / Math.max(1, path.nodes.length - 1);
    path.nodes.forEach((node, index) => {
      if (!positions.has(node.id)) {
        positions.set(node.id, { x: index * step, y: row * ROW_HEIGHT });
      }
    });
  });
  return positions;
}
