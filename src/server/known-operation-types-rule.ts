import type { ValidationRule } from "graphql";
import { GraphQLError } from "graphql";

/**
 * graphql-js 17's KnownOperationTypesRule, which graphql 16 lacks: an operation whose root type
 * the schema does not have (this schema has queries only) is refused in validation, with
 * GRAPHQL_VALIDATION_FAILED and HTTP 400. Without it graphql 16 refuses it while executing, with an
 * error that has no code, which a client saw as INTERNAL_SERVER_ERROR (found by the fuzz test).
 */
export const KnownOperationTypesRule: ValidationRule = (context) => {
  const schema = context.getSchema();
  return {
    OperationDefinition(node) {
      if (!schema.getRootType(node.operation)) {
        context.reportError(
          new GraphQLError(`The ${node.operation} operation is not supported by the schema.`, {
            nodes: node,
          }),
        );
      }
    },
  };
};
