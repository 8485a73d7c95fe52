import { describe, expect, it } from "vitest";

import { withSeededRandom } from "../../web/graph-view/seeded-random.js";
import type { Box } from "../../web/graph-view/separate-boxes.js";
import { separateBoxes } from "../../web/graph-view/separate-boxes.js";

const label: Box = { x1: -60, y1: -11, x2: 60, y2: 30 };

function overlaps(positions: Array<{ x: number; y: number }>): number {
  let count = 0;
  positions.forEach((a, i) =>
    positions.slice(i + 1).forEach((b) => {
      if (Math.abs(a.x - b.x) < label.x2 - label.x1 && Math.abs(a.y - b.y) < label.y2 - label.y1) {
        count++;
      }
    }),
  );
  return count;
}

describe("separateBoxes", () => {
  it("leaves no two labelled nodes overlapping, moving only the free ones", () => {
    const items = Array.from({ length: 30 }, (_, index) => ({
      position: { x: (index % 5) * 20, y: Math.floor(index / 5) * 10 },
      box: label,
      fixed: index === 0,
    }));
    const { positions, separated } = separateBoxes(items);
    expect(separated).toBe(true);
    expect(overlaps(positions)).toBe(0);
    expect(positions[0]).toEqual({ x: 0, y: 0 });
    // Deterministic: the same input gives the same output.
    expect(separateBoxes(items).positions).toEqual(positions);
  });
});

describe("withSeededRandom", () => {
  it("draws the same numbers for the same seed and restores Math.random", () => {
    const original = Math.random;
    const draw = () => Array.from({ length: 5 }, () => Math.random());
    expect(withSeededRandom(42, draw)).toEqual(withSeededRandom(42, draw));
    expect(withSeededRandom(42, draw)).not.toEqual(withSeededRandom(43, draw));
    expect(Math.random).toBe(original);
  });
});
