import type { GraphQLSchema } from "graphql";
import { parse } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";

import { loadConfig } from "../../src/config/config.js";
import { measureOperationCost } from "../../src/limits/operation-cost.js";
import { OperationCostCache } from "../../src/limits/operation-cost-cache.js";
import { QueryTooComplexError } from "../../src/limits/query-too-complex-error.js";
import { buildGraphQLSchema } from "../../src/schema/build-graphql-schema.js";

const limits = loadConfig({}).limits.operation;
const document = parse(
  "query ($name: String!, $size: Int, $withCast: Boolean!) { person(name: $name) { name castCredits(first: $size) @include(if: $withCast) { nodes { show { title } } } } }",
);

describe("OperationCostCache", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphQLSchema();
  });

  it("gives what measureOperationCost gives, for every variant of a document", () => {
    const cache = new OperationCostCache(limits);
    for (const variables of [
      { name: "A", size: 5, withCast: true },
      { name: "B", size: 5, withCast: true },
      { name: "A", size: 50, withCast: true },
      { name: "A", size: 50, withCast: false },
      { name: "A", size: 5, withCast: true },
    ]) {
      expect(cache.measure({ schema, document, variables })).toEqual(
        measureOperationCost({ schema, document, variables }, limits),
      );
    }
  });

  it("measures a document once for any name or id, afresh for another page size", () => {
    const cache = new OperationCostCache(limits);
    const first = cache.measure({ schema, document, variables: { name: "A", size: 5, withCast: true } });
    expect(cache.measure({ schema, document, variables: { name: "B", size: 5, withCast: true } })).toBe(
      first,
    );
    expect(cache.measure({ schema, document, variables: { name: "A", size: 6, withCast: true } })).not.toBe(
      first,
    );
  });

  it("does not cache a refusal: the same document is refused every time", () => {
    const cache = new OperationCostCache({ maxFields: 0 });
    const variables = { name: "A", size: 5, withCast: true };
    for (let attempt = 0; attempt < 2; attempt += 1) {
      expect(() => cache.measure({ schema, document, variables })).toThrow(QueryTooComplexError);
    }
  });
});
