import fc from "fast-check";
import type { GraphQLInputType } from "graphql";
import { isEnumType, isInputObjectType, isListType, isNonNullType } from "graphql";

import {
  hostileCursor,
  hostileDate,
  hostileId,
  hostileInt,
  hostileString,
  outOfRangeNumber,
} from "./hostile-values.js";

/** One argument value, as GraphQL source text and as the JSON a variable would carry. */
export interface FuzzValue {
  literal: string;
  json: unknown;
}

/** A JSON value as a GraphQL literal (object keys must be GraphQL names). */
function graphqlLiteral(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(graphqlLiteral).join(", ")}]`;
  }
  if (value !== null && typeof value === "object") {
    return `{${Object.entries(value)
      .map(([key, item]) => `${key}: ${graphqlLiteral(item)}`)
      .join(", ")}}`;
  }
  return value === undefined ? "null" : JSON.stringify(value);
}

const text = (value: string): FuzzValue => ({ literal: JSON.stringify(value), json: value });
const number = (value: number): FuzzValue => ({ literal: JSON.stringify(value), json: value });

/** Values of the wrong kind for anything: text for numbers, numbers for text, objects, lists, null. */
export const wrongValue: fc.Arbitrary<FuzzValue> = fc.oneof(
  hostileString.map(text),
  outOfRangeNumber.map(number),
  fc.boolean().map((value) => ({ literal: String(value), json: value })),
  fc.constant({ literal: "null", json: null }),
  fc.constantFrom("BOGUS", "true_", "SHOW").map((word) => ({ literal: word, json: word })),
  fc.constant({ literal: "{bogus: 1, nested: {deeper: [1]}}", json: { bogus: 1, nested: { deeper: [1] } } }),
  fc.constant({ literal: '[1, "a", null]', json: [1, "a", null] }),
  fc.constant({ literal: "$undeclared", json: "$undeclared" }),
);

/** Arbitraries of values of the right GraphQL type, for one schema's scalars and ids. */
export class InputValueArbitraries {
  private readonly id: fc.Arbitrary<string>;

  /** `typeNames`: the schema's object types, to make global ids of real and unknown types. */
  constructor(typeNames: readonly string[]) {
    this.id = hostileId(typeNames);
  }

  /** A value that validation accepts for `type` (mostly): the resolvers must cope with its content. */
  rightValue(type: GraphQLInputType, argumentName: string, depth: number): fc.Arbitrary<FuzzValue> {
    if (isNonNullType(type)) {
      return this.rightValue(type.ofType, argumentName, depth);
    }
    if (isListType(type)) {
      const item = this.rightValue(type.ofType, argumentName, depth);
      return fc.oneof(
        fc.array(item, { maxLength: 3 }).map((items) => ({
          literal: `[${items.map((value) => value.literal).join(", ")}]`,
          json: items.map((value) => value.json),
        })),
        item,
      );
    }
    if (isEnumType(type)) {
      return fc.constantFrom(...type.getValues().map((value) => ({ literal: value.name, json: value.name })));
    }
    if (isInputObjectType(type)) {
      if (depth <= 0) {
        return fc.constant({ literal: "{}", json: {} });
      }
      const fields = Object.values(type.getFields()).map((field) =>
        fc
          .oneof(
            { arbitrary: this.rightValue(field.type, field.name, depth - 1), weight: 12 },
            { arbitrary: wrongValue, weight: 1 },
          )
          .map((value) => ({
            name: field.name,
            value,
          })),
      );
      return fc
        .uniqueArray(fc.oneof(...fields), { maxLength: 3, selector: (field) => field.name })
        .map((chosen) => ({
          literal: `{${chosen.map(({ name, value }) => `${name}: ${value.literal}`).join(", ")}}`,
          json: Object.fromEntries(chosen.map(({ name, value }) => [name, value.json])),
        }));
    }
    return this.scalarValue(type.name, argumentName);
  }

  private scalarValue(scalar: string, argumentName: string): fc.Arbitrary<FuzzValue> {
    switch (scalar) {
      case "Int":
        return hostileInt.map(number);
      case "Float":
        return fc.double({ noNaN: true, noDefaultInfinity: true }).map(number);
      case "Boolean":
        return fc.boolean().map((value) => ({ literal: String(value), json: value }));
      case "ID":
        return this.id.map(text);
      case "LocalDate":
        return hostileDate.map(text);
      case "JSONObject":
        return fc
          .dictionary(fc.constantFrom("a", "b", "c_1"), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 })
          .map((value) => ({ literal: graphqlLiteral(value), json: value }));
      default:
        return (["after", "before", "cursor"].includes(argumentName) ? hostileCursor : hostileString).map(
          text,
        );
    }
  }
}
