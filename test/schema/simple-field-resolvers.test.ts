import type { GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";

import { buildGraphQLSchema } from "../../src/schema/build-graphql-schema.js";

const fieldOf = async (type: string, field: string) => {
  const schema = await buildGraphQLSchema();
  return (schema.getType(type) as GraphQLObjectType).getFields()[field];
};

describe("plain fields are read by graphql-js's default resolver", () => {
  it("leaves plain object-type fields without a TypeGraphQL wrapper", async () => {
    expect((await fieldOf("Person", "name"))?.resolve).toBeUndefined();
    expect((await fieldOf("Show", "title"))?.resolve).toBeUndefined();
    expect((await fieldOf("CastCredit", "character"))?.resolve).toBeUndefined();
  });

  it("keeps TypeGraphQL's wrapper on a type with a field named otherwise in the schema", async () => {
    expect((await fieldOf("Edit", "summary"))?.resolve).toBeTypeOf("function");
  });

  it("keeps the resolvers of field resolvers and root fields", async () => {
    expect((await fieldOf("Show", "cast"))?.resolve).toBeTypeOf("function");
    expect((await fieldOf("Query", "show"))?.resolve).toBeTypeOf("function");
  });
});
