import fc from "fast-check";
import type { GraphQLSchema } from "graphql";

import type { FuzzRequest } from "./fuzz-request.js";
import { described, graphqlGet, graphqlPost } from "./fuzz-request.js";
import type { OperationArbitraryOptions } from "./graphql-operation-arbitrary.js";
import { graphqlOperationArbitrary } from "./graphql-operation-arbitrary.js";
import { malformedHttpArbitrary } from "./http-request-arbitrary.js";

/** Generated operations as clients send them: mostly POSTs, some GETs, some batches. */
export function graphqlRequestArbitrary(
  schema: GraphQLSchema,
  options: OperationArbitraryOptions = {},
): fc.Arbitrary<FuzzRequest> {
  const operation = graphqlOperationArbitrary(schema, options);
  return fc
    .oneof(
      { arbitrary: operation.map((generated) => graphqlPost(generated)), weight: 8 },
      {
        arbitrary: fc
          .tuple(operation, fc.boolean())
          .map(([generated, preflight]) => graphqlGet(generated, preflight)),
        weight: 1,
      },
      {
        arbitrary: fc.array(operation, { minLength: 2, maxLength: 3 }).map((batch): FuzzRequest => ({
          ...graphqlPost(batch[0]!, "graphql batch"),
          body: JSON.stringify(batch),
        })),
        weight: 1,
      },
    )
    .map(described);
}

/** Everything the fuzz sends: generated operations three times in four, malformed HTTP otherwise. */
export function fuzzRequestArbitrary(
  schema: GraphQLSchema,
  options: OperationArbitraryOptions = {},
): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    { arbitrary: graphqlRequestArbitrary(schema, options), weight: 3 },
    { arbitrary: malformedHttpArbitrary.map(described), weight: 1 },
  );
}
