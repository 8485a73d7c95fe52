import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { GraphQLSchema, OperationDefinitionNode } from "graphql";
import { Kind, Lexer, parse, print, Source, TokenKind, validate } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import { loadConfig } from "../../src/config/config.js";
import { measureOperationCost } from "../../src/limits/operation-cost.js";
import type { ShapeMeasures } from "../../src/limits/operation-shape-rules.js";
import { operationShapeRules } from "../../src/limits/operation-shape-rules.js";
import { buildGraphQLSchema } from "../../src/schema/build-graphql-schema.js";

const limits = loadConfig({}).limits.operation;
const examplesText = readFileSync(join(projectRoot, "schema", "examples.graphql"), "utf8");
const examples = parse(examplesText);
const operations = examples.definitions.filter(
  (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
);

/** Tokens as graphql-js's parser counts them for maxTokens: every token but <EOF>, no comments. */
function countTokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) {
    tokens += 1;
  }
  return tokens;
}

function measure(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  const text = print(operation);
  const document = parse(text);
  const shape: ShapeMeasures = {};
  const errors = validate(
    schema,
    document,
    operationShapeRules(limits, (measures) => Object.assign(shape, measures)),
  );
  expect(errors).toEqual([]);
  // A value for each required variable without a default, as a client sends one (UndoTheMerge's
  // $edit, an edit's ID): the cost does not depend on it, but the measure needs the variables.
  const variables = Object.fromEntries(
    (operation.variableDefinitions ?? [])
      .filter((definition) => definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue)
      .map((definition) => [definition.variable.name.value, "example"]),
  );
  return {
    ...shape,
    tokens: countTokens(text),
    ...measureOperationCost({ schema, document, variables }, limits),
  };
}

describe("every operation of schema/examples.graphql is under every default limit", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGraphQLSchema();
  });

  it("with the measures printed, the largest of each beside its limit", () => {
    const rows = operations.map((operation) => ({
      operation: operation.name?.value,
      ...measure(schema, operation),
    }));
    console.table(rows);
    const largest = (key: "depth" | "aliases" | "directives" | "tokens" | "fields" | "cost") =>
      Math.max(...rows.map((row) => row[key] ?? 0));
    const table = {
      depth: [largest("depth"), limits.maxDepth],
      aliases: [largest("aliases"), limits.maxAliases],
      directives: [largest("directives"), limits.maxDirectives],
      tokens: [largest("tokens"), limits.maxTokens],
      fields: [largest("fields"), limits.maxFields],
      cost: [largest("cost"), limits.maxCost],
    };
    console.table(table);
    for (const [name, [found, maximum]] of Object.entries(table)) {
      expect(found, name).toBeLessThanOrEqual(maximum!);
    }
  });

  it("as one document, the way the IDE sends its whole editor, is under the token limit", () => {
    const tokens = countTokens(examplesText);
    console.log(`schema/examples.graphql: ${tokens} tokens, limit ${limits.maxTokens}`);
    expect(tokens).toBeLessThanOrEqual(limits.maxTokens);
  });
});
