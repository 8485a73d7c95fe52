import type { DocumentNode, OperationDefinitionNode, TypeNode } from "graphql";
import { Kind } from "graphql";
import { LRUCache } from "lru-cache";

import type { OperationCost, OperationCostInput } from "./operation-cost.js";
import { measureOperationCost } from "./operation-cost.js";
import type { OperationLimits } from "./operation-limits.js";

/**
 * Measures per document, variables and operation: the variants of one document (a page size, an
 * @include flag) a client sends, most recent first. Bounded so that a client cycling through page
 * sizes cannot grow it: 50 variants of one document, and the documents themselves are held weakly
 * (Apollo's own document cache decides how long a parsed document lives).
 */
const VARIANTS_PER_DOCUMENT = 50;

// Scalars whose value can never change a measure: pageSizeEstimator reads numbers and lists,
// @skip/@include read booleans, and neither reads a name or an id.
const COST_FREE_SCALARS = new Set(["String", "ID"]);

function costFree(type: TypeNode): boolean {
  const named = type.kind === Kind.NON_NULL_TYPE ? type.type : type;
  return named.kind === Kind.NAMED_TYPE && COST_FREE_SCALARS.has(named.name.value);
}

function chosenOperation(document: DocumentNode, operationName: string | null | undefined) {
  return document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      (operationName == null || definition.name?.value === operationName),
  );
}

/** The cache key of one request: the operation, and the variables that can change its cost. */
function variantKey({ document, variables = {}, operationName }: OperationCostInput): string {
  const operation = chosenOperation(document, operationName);
  const relevant = (operation?.variableDefinitions ?? [])
    .filter((definition) => !costFree(definition.type))
    .map((definition) => variables[definition.variable.name.value]);
  return JSON.stringify([operationName ?? null, relevant]);
}

/**
 * measureOperationCost (graphql-query-complexity, two walks of the operation) once per document
 * and cost-relevant variables instead of once per request: the statement-shaped requests a client
 * repeats with another title or id cost one map look-up. Variables declared as String or ID are
 * left out of the key (no estimator reads them); every other variable is in it, so a new page
 * size is measured afresh. Refusals (QueryTooComplexError) and other errors are not cached: they
 * are thrown each time, as measureOperationCost throws them.
 */
export class OperationCostCache {
  readonly #byDocument = new WeakMap<DocumentNode, LRUCache<string, OperationCost>>();
  readonly #limits: Pick<OperationLimits, "maxFields">;

  constructor(limits: Pick<OperationLimits, "maxFields">) {
    this.#limits = limits;
  }

  measure(input: OperationCostInput): OperationCost {
    let variants = this.#byDocument.get(input.document);
    if (!variants) {
      variants = new LRUCache({ max: VARIANTS_PER_DOCUMENT });
      this.#byDocument.set(input.document, variants);
    }
    const key = variantKey(input);
    const cached = variants.get(key);
    if (cached) {
      return cached;
    }
    const cost = measureOperationCost(input, this.#limits);
    variants.set(key, cost);
    return cost;
  }
}
