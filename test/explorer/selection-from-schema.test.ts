import { buildSchema, introspectionFromSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";

import type { IntrospectedType } from "../../web/graph-view/selection-from-schema.js";
import { selectionFor } from "../../web/graph-view/selection-from-schema.js";

// A plausible shape for relationship evidence: the graph view must read whatever the service defines.
const schema = buildSchema(`
  interface Node { id: ID! displayName: String! }
  type NewsSource implements Node { id: ID! displayName: String! name: String! }
  type Article implements Node {
    id: ID! displayName: String! title: String! url: String
    source: NewsSource
    citing(first: Int!): [Article!]!
    relationships: [GraphRelationship!]!
  }
  enum Rank { PREFERRED NORMAL DEPRECATED }
  type Support { quote: String! article: Article! }
  type SupportEdge { cursor: String! node: Support! }
  type PageInfo { hasNextPage: Boolean! }
  type SupportConnection { edges: [SupportEdge!]! nodes: [Support!]! pageInfo: PageInfo! totalCount: Int! }
  type Evidence { rank: Rank! confidence: Float supports(first: Int): SupportConnection! }
  type GraphRelationship { id: ID! type: String! evidence: Evidence }
  type Query { relationship: GraphRelationship }
`);
const types = new Map(
  introspectionFromSchema(schema).__schema.types.map((type) => [
    type.name,
    type as unknown as IntrospectedType,
  ]),
);

describe("selectionFor", () => {
  const selection = selectionFor("Evidence", types, ["GraphRelationship"]);

  it("asks for every field that needs no argument, through connections' nodes, without cycles", () => {
    expect(selection).toBe(
      "{ rank confidence supports { nodes { quote article { id displayName title url source { id displayName name } } } totalCount } }",
    );
  });

  it("writes a selection the schema accepts", () => {
    const query = parse(`{ relationship { evidence ${selection} } }`);
    expect(validate(schema, query)).toEqual([]);
  });

  it("selects the type name of a union and nothing for an unknown type", () => {
    const withUnion = buildSchema(`type A { a: Int } type B { b: Int } union U = A | B type Query { u: U }`);
    const unionTypes = new Map(
      introspectionFromSchema(withUnion).__schema.types.map((type) => [
        type.name,
        type as unknown as IntrospectedType,
      ]),
    );
    expect(selectionFor("U", unionTypes)).toBe("{ __typename }");
    expect(selectionFor("Missing", unionTypes)).toBeNull();
  });
});
