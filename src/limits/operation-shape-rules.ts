import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";

import type { LimitName, OperationLimits } from "./operation-limits.js";
import { QueryTooComplexError } from "./query-too-complex-error.js";

/** What a measured operation reports to `onMeasured` (tests print the examples' measures). */
export type ShapeMeasures = Partial<Record<"depth" | "aliases" | "directives", number>>;

// GraphQL Armor's messages, "Query depth limit of 10 exceeded, found 14.", are the only place
// where it reports what it counted when it refuses.
const ARMOR_COUNT = /limit of (\d+) exceeded, found (\d+)/;

function refuse(limit: LimitName, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    const found = ARMOR_COUNT.exec(error.message);
    context?.reportError(new QueryTooComplexError(limit, found ? Number(found[2]) : null, maximum));
  };
}

/**
 * Validation rules for the shape of an operation: depth, aliases and directives, counted by
 * GraphQL Armor with fragments followed once each. A refusal is reported as a validation error
 * (Apollo answers anything thrown from validation as an internal error); the token limit, applied
 * while parsing, has already kept out documents big enough to make the other rules slow
 * (OverlappingFieldsCanBeMerged is quadratic in same-named fields, as aliases are).
 */
export function operationShapeRules(
  limits: OperationLimits,
  onMeasured?: (measures: ShapeMeasures) => void,
): ValidationRule[] {
  const measured = (name: keyof ShapeMeasures) => (_context: unknown, details: { n: number }) =>
    onMeasured?.({ [name]: details.n });
  return [
    maxDepthRule({
      n: limits.maxDepth,
      // Depth as execution nests: a fragment spread is not a level of the response.
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [refuse("depth", limits.maxDepth)],
      onAccept: [measured("depth")],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: [refuse("aliases", limits.maxAliases)],
      onAccept: [measured("aliases")],
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: [refuse("directives", limits.maxDirectives)],
      onAccept: [measured("directives")],
    }),
  ];
}
