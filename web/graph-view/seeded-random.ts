/**
 * Runs `action` with Math.random replaced by a seeded generator (mulberry32), so that a layout
 * that draws random numbers (fCoSE's spectral start, cose-base's tie breaks) draws the same ones
 * on every load: the same graph is laid out the same way. Math.random is restored even on throw.
 */
export function withSeededRandom<T>(seed: number, action: () => T): T {
  const original = Math.random;
  let state = seed >>> 0;
  Math.random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return action();
  } finally {
    Math.random = original;
  }
}

/** A seed from the drawn ids, so a neighbourhood always gets its own same seed. */
export function seedFor(ids: readonly string[]): number {
  let hash = 2166136261;
  for (const id of ids) {
    for (let index = 0; index < id.length; index++) {
      hash = Math.imul(hash ^ id.charCodeAt(index), 16777619);
    }
  }
  return hash >>> 0;
}
