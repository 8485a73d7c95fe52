/** A node's box with its label, relative to the node's position (model coordinates). */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface Point {
  x: number;
  y: number;
}

/** Pixels kept free between two boxes. */
const GAP = 4;
/** Rings of candidate places are this far apart, and so are the places on a ring. */
const STEP = 6;
/** Past this many rings (1.2 km at STEP…: never in practice) a node is left where it was. */
const MAX_RINGS = 200;

function clash(a: Box, pa: Point, b: Box, pb: Point): boolean {
  return (
    pa.x + a.x1 < pb.x + b.x2 + GAP &&
    pb.x + b.x1 < pa.x + a.x2 + GAP &&
    pa.y + a.y1 < pb.y + b.y2 + GAP &&
    pb.y + b.y1 < pa.y + a.y2 + GAP
  );
}

/** Candidate places around `origin`, nearest first, in a fixed order (no randomness). */
function* around(origin: Point): Generator<Point> {
  yield origin;
  for (let ring = 1; ring <= MAX_RINGS; ring++) {
    const radius = ring * STEP;
    const count = Math.max(8, Math.round((2 * Math.PI * radius) / STEP));
    for (let index = 0; index < count; index++) {
      const angle = (2 * Math.PI * index) / count;
      yield { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) };
    }
  }
}

/**
 * Moves nodes as little as it can so that no two boxes (a node with its label) overlap: fixed
 * nodes first, where they are; then the others, nearest the middle of the drawing first, each
 * at the nearest free place to where the layout put it (a spiral search). Deterministic: the
 * same input gives the same output. Returns the new positions in input order (the input is not
 * changed) and whether every box found a free place.
 */
export function separateBoxes(items: ReadonlyArray<{ position: Point; box: Box; fixed?: boolean }>): {
  positions: Point[];
  separated: boolean;
} {
  const positions = items.map((item) => ({ ...item.position }));
  const count = Math.max(items.length, 1);
  const middle = {
    x: items.reduce((sum, item) => sum + item.position.x, 0) / count,
    y: items.reduce((sum, item) => sum + item.position.y, 0) / count,
  };
  const distance = (index: number) => {
    const position = items[index]?.position ?? middle;
    return Math.hypot(position.x - middle.x, position.y - middle.y);
  };
  const order = items
    .map((_, index) => index)
    .sort(
      (a, b) =>
        Number(Boolean(items[b]?.fixed)) - Number(Boolean(items[a]?.fixed)) ||
        distance(a) - distance(b) ||
        a - b,
    );
  const placed: number[] = [];
  let separated = true;
  for (const index of order) {
    const item = items[index];
    if (!item) {
      continue;
    }
    const free = (point: Point) =>
      placed.every(
        (other) => !clash(item.box, point, (items[other] as { box: Box }).box, positions[other] as Point),
      );
    if (!item.fixed) {
      const spot = firstFree(item.position, free);
      if (spot) {
        positions[index] = spot;
      } else {
        separated = false;
      }
    }
    placed.push(index);
  }
  return { positions, separated };
}

function firstFree(origin: Point, free: (point: Point) => boolean): Point | null {
  for (const point of around(origin)) {
    if (free(point)) {
      return point;
    }
  }
  return null;
}
