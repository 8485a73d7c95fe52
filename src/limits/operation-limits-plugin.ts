import type { ApolloServerPlugin } from "@apollo/server";

import { checkOperationCost } from "./operation-cost.js";
import { OperationCostCache } from "./operation-cost-cache.js";
import type { OperationLimits } from "./operation-limits.js";
import { QueryTooComplexError } from "./query-too-complex-error.js";

/**
 * Refuses an operation over maxFields or maxCost once Apollo has chosen it and before it runs.
 * Here rather than in validation because the cost depends on variables (`first: $size`), and
 * Apollo caches validation per document, not per request. Variables that do not fit their types
 * are left for the executor to report as it always does. Measures are cached per document and
 * cost-relevant variables (operation-cost-cache.ts): measuring was 3% of a request's CPU.
 */
export function operationLimitsPlugin(limits: OperationLimits): ApolloServerPlugin {
  const costs = new OperationCostCache(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost;
          try {
            cost = costs.measure({ schema, document, variables: request.variables, operationName });
          } catch (error) {
            if (error instanceof QueryTooComplexError) {
              throw error;
            }
            return;
          }
          checkOperationCost(cost, limits);
        },
      };
    },
  };
}
