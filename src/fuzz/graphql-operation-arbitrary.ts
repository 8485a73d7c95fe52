import fc from "fast-check";
import type { GraphQLArgument, GraphQLCompositeType, GraphQLField, GraphQLSchema } from "graphql";
import { getNamedType, isAbstractType, isCompositeType, isNonNullType, isObjectType } from "graphql";

import type { FuzzValue } from "./input-value-arbitrary.js";
import { InputValueArbitraries, wrongValue } from "./input-value-arbitrary.js";
import type { ArgumentValue, FuzzOperation, OperationTree, Selection } from "./print-operation.js";
import { printOperation } from "./print-operation.js";

/** How the generator may grow an operation. */
export interface OperationArbitraryOptions {
  /** Levels of fields below the root (the seed graph makes depth 5 cost a few ms). Default 4. */
  maxDepth?: number;
  /**
   * Add the shapes that once took the service down (issue 11): chains of nested lists 3 to 16 deep
   * with `first: 100`, and up to 10,000 aliases. Default true; refused by the operation limits.
   */
  abusive?: boolean;
}

// Mistakes are rare, so that most operations pass validation and reach the resolvers.
const ALIASES = ["a", "b", "x1", "_", "a", "b", "__alias", "show"];
const DIRECTIVES = [
  "@include(if: true)",
  "@skip(if: false)",
  "@include(if: false)",
  "@include(if: true)",
  "@skip(if: true)",
  "@skip(if: false)",
  "@include(if: false)",
  '@skip(if: "yes")',
  "@bogus",
  "@include(if: true) @include(if: false)",
  "@deprecated",
];

/** `arbitrary`'s value once in `oneIn` times, null otherwise. */
function rarely<T>(arbitrary: fc.Arbitrary<T>, oneIn: number): fc.Arbitrary<T | null> {
  return fc.oneof({ arbitrary: fc.constant(null), weight: oneIn - 1 }, { arbitrary, weight: 1 });
}

/**
 * Random GraphQL operations for one schema (fast-check, so a failure shrinks to a small operation
 * and replays from its seed): fields and nesting picked from the schema, arguments of the right
 * type with hostile content or of the wrong type, inline and named fragments, aliases,
 * directives, variables declared with right or wrong types and given wrong values, unknown fields
 * and arguments, and now and then a broken document.
 */
export function graphqlOperationArbitrary(
  schema: GraphQLSchema,
  { maxDepth = 4, abusive = true }: OperationArbitraryOptions = {},
): fc.Arbitrary<FuzzOperation> {
  const query = schema.getQueryType();
  if (!query) {
    throw new Error("the schema has no Query type");
  }
  const typeNames = Object.values(schema.getTypeMap())
    .filter((type) => isObjectType(type) && !type.name.startsWith("__"))
    .map((type) => type.name);
  const builder = new SelectionArbitraries(schema, new InputValueArbitraries(typeNames));
  const random = fc
    .record({
      kind: fc.oneof(
        { arbitrary: fc.constantFrom<OperationTree["kind"]>("query", "shorthand"), weight: 18 },
        { arbitrary: fc.constantFrom<OperationTree["kind"]>("mutation", "subscription"), weight: 1 },
      ),
      name: fc.option(fc.constantFrom("Fuzz", "op_1", "query")),
      selection: builder.selectionSet(query, maxDepth),
      damage: rarely(fc.tuple(fc.nat(), fc.constantFrom("{", "}", "(", "$", '"', "...", "\u0000")), 25),
    })
    .map(printOperation);
  return abusive
    ? fc.oneof({ arbitrary: random, weight: 12 }, { arbitrary: abusiveOperation, weight: 1 })
    : random;
}

/** The measured killers of issue 11: nested cast lists, and thousands of aliases. */
const abusiveOperation: fc.Arbitrary<FuzzOperation> = fc.oneof(
  // Each hop is two nested lists (a person's credits, a show's cast): 1 to 7 hops, 3 to 15 lists.
  fc.integer({ min: 1, max: 7 }).map((hops) => {
    let inner = "name";
    for (let hop = 0; hop < hops; hop += 1) {
      inner = `castCredits(first: 100) { nodes { show { cast(first: 100) { nodes { person { ${inner} } } } } } }`;
    }
    return {
      query: `{ show(name: "Hit & Run") { cast(first: 100) { nodes { person { ${inner} } } } } }`,
      variables: {},
    };
  }),
  fc.integer({ min: 10, max: 10_000 }).map((count) => ({
    query: `{ ${Array.from({ length: count }, (_, index) => `a${index}: show(name: "Hit & Run") { title }`).join(" ")} }`,
    variables: {},
  })),
);

/** Each field's name with its last letter dropped. */
function typos(type: GraphQLCompositeType): string[] {
  return isAbstractType(type)
    ? []
    : Object.keys(type.getFields())
        .filter((name) => name.length > 2)
        .map((name) => name.slice(0, -1));
}

/** A field's response key; a fragment is its own key (fragments never conflict by name). */
function responseKey(selection: Selection): unknown {
  return selection.kind === "field" ? (selection.alias ?? selection.name) : selection;
}

class SelectionArbitraries {
  private readonly memo = new Map<string, fc.Arbitrary<Selection[]>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly values: InputValueArbitraries,
  ) {}

  /** 1 to 4 selections on `type`, fields going `depth` levels further down. */
  selectionSet(type: GraphQLCompositeType, depth: number): fc.Arbitrary<Selection[]> {
    const key = `${type.name}/${depth}`;
    let arbitrary = this.memo.get(key);
    if (!arbitrary) {
      const choices: fc.Arbitrary<Selection>[] = [
        fc.constant<Selection>({
          kind: "field",
          name: "__typename",
          alias: null,
          args: [],
          directives: null,
          selection: null,
        }),
      ];
      if (isAbstractType(type)) {
        for (const possible of this.schema.getPossibleTypes(type)) {
          choices.push(
            fc
              .record({ selection: this.selectionSet(possible, depth), named: fc.boolean() })
              .map(({ selection, named }): Selection => ({
                kind: "fragment",
                on: possible.name,
                named,
                selection,
              })),
          );
        }
      } else {
        for (const field of Object.values(type.getFields())) {
          choices.push(this.field(field, depth));
        }
      }
      const mistake = fc.oneof(
        fc.boolean().map((named): Selection => ({
          kind: "fragment",
          on: "Bogus",
          named,
          selection: [
            { kind: "field", name: "__typename", alias: null, args: [], directives: null, selection: null },
          ],
        })),
        // A real field's name with a letter less: "Did you mean ...?" must not answer it when
        // introspection is off.
        fc.constantFrom("nosuchField", "__schema", "__type", ...typos(type)).map((name): Selection => ({
          kind: "field",
          name,
          alias: null,
          args: [],
          directives: null,
          selection: null,
        })),
      );
      // Distinct response keys: two fields of one key and different arguments is a conflict that
      // validation refuses, and would make most operations fail before the resolvers.
      arbitrary = fc.uniqueArray(
        fc.oneof({ arbitrary: fc.oneof(...choices), weight: 150 }, { arbitrary: mistake, weight: 1 }),
        { minLength: 1, maxLength: 4, selector: responseKey },
      );
      this.memo.set(key, arbitrary);
    }
    return arbitrary;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): fc.Arbitrary<Selection> {
    const named = getNamedType(field.type);
    const selection: fc.Arbitrary<Selection[] | null> = !isCompositeType(named)
      ? rarely(
          fc.constant<Selection[]>([
            { kind: "field", name: "x", alias: null, args: [], directives: null, selection: null },
          ]),
          300,
        )
      : depth > 0
        ? this.selectionSet(named, depth - 1)
        : fc.constant([
            { kind: "field", name: "__typename", alias: null, args: [], directives: null, selection: null },
          ]);
    return fc
      .record({
        alias: rarely(fc.constantFrom(...ALIASES), 6),
        args: this.argumentList(field.args, depth),
        directives: rarely(fc.constantFrom(...DIRECTIVES), 60),
        selection,
      })
      .map((parts): Selection => ({ kind: "field", name: field.name, ...parts }));
  }

  private argumentList(
    args: readonly GraphQLArgument[],
    depth: number,
  ): fc.Arbitrary<[string, ArgumentValue][]> {
    const each = args.map((argument) =>
      // A required argument is left out now and then, an optional one often.
      fc
        .option(this.argumentValue(argument, depth), { freq: isNonNullType(argument.type) ? 40 : 3 })
        .map((value) => [argument.name, value] as const),
    );
    const unknown = rarely(
      wrongValue.map((value) => ["bogusArgument", { literal: value.literal }] as const),
      300,
    );
    return fc
      .tuple(fc.tuple(...each), unknown)
      .map(([given, extra]) => [
        ...given
          .filter((entry): entry is readonly [string, ArgumentValue] => entry[1] !== null)
          .map(([name, value]): [string, ArgumentValue] => [name, value]),
        ...(extra ? [[extra[0], extra[1]] as [string, ArgumentValue]] : []),
      ]);
  }

  private argumentValue(argument: GraphQLArgument, depth: number): fc.Arbitrary<ArgumentValue> {
    const right = this.values.rightValue(argument.type, argument.name, Math.min(depth, 2));
    const asLiteral = (value: FuzzValue): ArgumentValue => ({ literal: value.literal });
    return fc.oneof(
      { arbitrary: right.map(asLiteral), weight: 12 },
      { arbitrary: wrongValue.map(asLiteral), weight: 1 },
      {
        arbitrary: fc
          .record({
            declaredType: fc.oneof(
              { arbitrary: fc.constant(String(argument.type)), weight: 15 },
              {
                arbitrary: fc.constantFrom("Int", "String!", "[ID]", "Bogus", "Int!", "LocalDate"),
                weight: 1,
              },
            ),
            value: fc.oneof(
              { arbitrary: right.map((value) => value.json), weight: 4 },
              { arbitrary: wrongValue.map((value) => value.json), weight: 1 },
              { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 1 },
              { arbitrary: fc.constant(undefined), weight: 1 },
            ),
          })
          .map((variable): ArgumentValue => ({ variable })),
        weight: 2,
      },
    );
  }
}
