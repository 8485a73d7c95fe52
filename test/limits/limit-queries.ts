/**
 * The operations of issue 11 that held the service: show → cast(first: 100) → person →
 * castCredits(first: 100) → show → ... nested `depth` fields deep, and many aliased look-ups.
 */
export function castChainQuery(depth: number): string {
  const steps = ["cast(first: 100)", "nodes", "person", "castCredits(first: 100)", "nodes", "show"];
  let selection = "__typename";
  // The root `show(...)` is depth 1; every step below it adds one, the leaf `id` included.
  for (let level = depth - 3; level >= 0; level -= 1) {
    selection = `${steps[level % steps.length]} { ${selection} }`;
  }
  return `{ show(name: "Hit & Run") { ${selection} } }`;
}

export function aliasedLookups(count: number): string {
  const lookups = Array.from({ length: count }, (_, index) => `a${index}: show(name: "Hit & Run") { title }`);
  return `{ ${lookups.join(" ")} }`;
}
