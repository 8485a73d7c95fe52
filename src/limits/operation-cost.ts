import type { DocumentNode, GraphQLSchema } from "graphql";
import { getComplexity, simpleEstimator } from "graphql-query-complexity";

import type { OperationLimits } from "./operation-limits.js";
import { pageSizeEstimator } from "./page-size-estimator.js";
import { QueryTooComplexError } from "./query-too-complex-error.js";

export interface OperationCostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string | null;
}

/** Fields selected (fragments expanded, @skip/@include applied) and estimated cost of one operation. */
export interface OperationCost {
  fields: number;
  cost: number;
}

// graphql-query-complexity's own guard against fragment bombs (it stops counting there); well
// above any operation within maxFields, since fragments and inline fragments count as nodes too.
const NODES_PER_FIELD = 10;

/**
 * Measures an operation with graphql-query-complexity: once with its simple estimator (1 per
 * field: the field count) and once with pageSizeEstimator (the cost). Throws QueryTooComplexError
 * when the document expands past what its node guard allows; any other error (variables that do
 * not fit their types) is the executor's to report, so it is rethrown as it is.
 */
export function measureOperationCost(
  { schema, document, variables, operationName }: OperationCostInput,
  limits: Pick<OperationLimits, "maxFields">,
): OperationCost {
  const maxQueryNodes = limits.maxFields * NODES_PER_FIELD;
  const measure = (estimator: typeof pageSizeEstimator) => {
    try {
      return getComplexity({
        schema,
        query: document,
        variables,
        operationName: operationName ?? undefined,
        estimators: [estimator],
        maxQueryNodes,
      });
    } catch (error) {
      if (error instanceof Error && error.message.includes("maximum allowed number of nodes")) {
        throw new QueryTooComplexError("fields", null, limits.maxFields);
      }
      throw error;
    }
  };
  return {
    fields: measure(simpleEstimator({ defaultComplexity: 1 })),
    cost: measure(pageSizeEstimator),
  };
}

/** Throws QueryTooComplexError naming the first of fields or cost that is over its limit. */
export function checkOperationCost(cost: OperationCost, limits: OperationLimits): void {
  if (cost.fields > limits.maxFields) {
    throw new QueryTooComplexError("fields", cost.fields, limits.maxFields);
  }
  if (cost.cost > limits.maxCost) {
    throw new QueryTooComplexError("cost", cost.cost, limits.maxCost);
  }
}
