import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { OperationDefinitionNode } from "graphql";
import { Kind, OperationTypeNode, parse, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const document = parse(readFileSync(join(projectRoot, "schema", "examples.graphql"), "utf8"));
const operations = document.definitions.filter(
  (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
);

describe("every operation of schema/examples.graphql", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("is named, each name once", () => {
    const names = operations.map((operation) => operation.name?.value);
    expect(operations).toHaveLength(document.definitions.length);
    expect(names.every((name) => name !== undefined)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });

  // Apollo validates each operation against the schema before running it. Mutations need a token
  // and write: test/editing/example-mutations.int.test.ts runs them on a Neo4j of its own.
  it.each(
    operations
      .filter((operation) => operation.operation === OperationTypeNode.QUERY)
      .map((operation) => [operation.name?.value, operation] as const),
  )("%s is valid and runs on the seed graph without errors", async (_name, operation) => {
    const { data, errors } = await server.query(print(operation));
    expect(errors).toBeUndefined();
    expect(data).toBeTruthy();
  });
});
