/**
 * Bounds of the graph queries. Each step of depth or length multiplies what a statement may
 * touch by the graph's degree, so they stay small; the GraphQL arguments and exports share them.
 */
export const GRAPH_LIMITS = {
  depth: { argument: "depth", default: 1, min: 1, max: 3 },
  limit: { argument: "limit", default: 200, min: 1, max: 500 },
  maxLength: { argument: "maxLength", default: 4, min: 1, max: 6 },
  first: { argument: "first", default: 5, min: 0, max: 20 },
} as const;
