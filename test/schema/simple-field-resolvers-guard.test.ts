import { Authorized, Field, ObjectType, UseMiddleware, getMetadataStorage } from "type-graphql";
import { describe, expect, it } from "vitest";

import { useSimpleFieldResolvers } from "../../src/schema/simple-field-resolvers.js";

// Types of this file only (each test file runs in its own module graph): never in the schema.
@ObjectType()
class WithRoles {
  @Authorized("ADMIN")
  @Field(() => String)
  secret!: string;
}

@ObjectType()
class ExtendsWithRoles extends WithRoles {
  @Field(() => String)
  plain!: string;
}

@ObjectType()
class WithMiddleware {
  @UseMiddleware((_data, next) => next())
  @Field(() => String)
  watched!: string;
}

@ObjectType()
class Renamed {
  @Field(() => String, { name: "shown" })
  get hidden(): string {
    return "";
  }
}

@ObjectType()
class Plain {
  @Field(() => String)
  plain!: string;
}

describe("useSimpleFieldResolvers", () => {
  it("keeps TypeGraphQL's wrapper wherever a field has roles, middlewares or another name, inherited too", () => {
    const kept = useSimpleFieldResolvers();
    expect(kept).toEqual(
      expect.arrayContaining(["WithRoles", "ExtendsWithRoles", "WithMiddleware", "Renamed"]),
    );
    expect(kept).not.toContain("Plain");
    const simple = (target: object) =>
      getMetadataStorage().objectTypes.find((type) => type.target === target)?.simpleResolvers;
    expect(simple(Plain)).toBe(true);
    expect(simple(WithRoles)).toBeUndefined();
    expect(simple(ExtendsWithRoles)).toBeUndefined();
    expect(simple(WithMiddleware)).toBeUndefined();
    expect(simple(Renamed)).toBeUndefined();
  });
});
