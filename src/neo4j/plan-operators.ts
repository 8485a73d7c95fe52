import type { ResultSummary } from "neo4j-driver";

/**
 * The operators of an EXPLAIN or PROFILE plan in plan order (each operator, then its children),
 * without their `@database` suffix: ["ProduceResults", "Filter", "NodeIndexSeek", ...].
 */
export function planOperators(plan: ResultSummary["plan"]): string[] {
  if (!plan) {
    return [];
  }
  return [plan.operatorType.replace(/@.*$/, ""), ...plan.children.flatMap(planOperators)];
}
