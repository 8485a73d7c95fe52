import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { OperationDefinitionNode } from "graphql";
import { Kind, parse, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { projectRoot } from "../../src/common/project-root.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const BLOCK_HEADING = "# --- model and traversals ---";

/** The operations of this block of schema/examples.graphql (other blocks belong to other features). */
function modelExamples(): OperationDefinitionNode[] {
  const text = readFileSync(join(projectRoot, "schema", "examples.graphql"), "utf8");
  const start = text.indexOf(BLOCK_HEADING);
  const next = text.indexOf("\n# --- ", start + BLOCK_HEADING.length);
  const block = text.slice(start, next === -1 ? undefined : next);
  return parse(block).definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
}

describe("the model's example operations", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  const examples = modelExamples();

  it("has one example per capability", () => {
    expect(examples.length).toBeGreaterThanOrEqual(16);
  });

  it.each(examples.map((operation) => [operation.name?.value ?? "(unnamed)", operation] as const))(
    "%s runs on the seed graph as written, and finds something",
    async (_name, operation) => {
      const result = await server.query(print(operation));
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data ?? {}).every((value) => value != null)).toBe(true);
    },
  );
});
