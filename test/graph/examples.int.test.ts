import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { OperationDefinitionNode } from "graphql";
import { Kind, parse, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const OPERATIONS = [
  "SearchEverything",
  "SearchPeopleAndCharacters",
  "HowAreTheyConnected",
  "AroundHitAndRun",
];

describe("the search, paths and neighbourhood examples of schema/examples.graphql", () => {
  const document = parse(readFileSync(join(projectRoot, "schema", "examples.graphql"), "utf8"));
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  // Apollo validates each operation against the schema before running it.
  it.each(OPERATIONS)("%s is valid, runs on the seed graph and finds something", async (name) => {
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name,
    );
    expect(operation).toBeDefined();
    const { data, errors } = await server.query(print(operation!));
    expect(errors).toBeUndefined();
    const [result] = Object.values(data ?? {});
    const found = Array.isArray(result) ? result : Object.values(result as object).find(Array.isArray);
    expect(found?.length ?? (result as { totalCount?: number }).totalCount).toBeGreaterThan(0);
  });
});
