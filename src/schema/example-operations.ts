import { readFileSync } from "node:fs";
import { join } from "node:path";

import type {
  DefinitionNode,
  FragmentDefinitionNode,
  OperationDefinitionNode,
  OperationTypeNode,
} from "graphql";
import { Kind, parse, print, visit } from "graphql";

import { projectRoot } from "../common/project-root.js";

/** schema/examples.graphql: the IDE's welcome tab, and what tests, limits and benches run. */
export const EXAMPLES_FILE = join(projectRoot, "schema", "examples.graphql");

/** One named operation of schema/examples.graphql. */
export interface ExampleOperation {
  name: string;
  /** query, mutation or subscription. */
  kind: OperationTypeNode;
  operation: OperationDefinitionNode;
  /** The operation printed with every fragment it spreads: a document that can be sent alone. */
  text: string;
}

function fragmentsUsed(
  node: DefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  used: Set<string>,
): void {
  visit(node, {
    FragmentSpread(spread) {
      const fragment = fragments.get(spread.name.value);
      if (fragment && !used.has(spread.name.value)) {
        used.add(spread.name.value);
        fragmentsUsed(fragment, fragments, used);
      }
    },
  });
}

/**
 * The operations of schema/examples.graphql of the given kinds (default: all), in file order.
 * Queries run anonymously on the shared seed graph (test/schema/examples.int.test.ts, the
 * statement counts, bench:reliability); mutations and subscriptions need a token and write, so
 * only test/editing/example-mutations.int.test.ts runs them, on a Neo4j of its own.
 */
export function exampleOperations(kinds?: readonly OperationTypeNode[]): ExampleOperation[] {
  const document = parse(readFileSync(EXAMPLES_FILE, "utf8"));
  const fragments = new Map(
    document.definitions
      .filter(
        (definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION,
      )
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return document.definitions
    .filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    )
    .filter((operation) => kinds === undefined || kinds.includes(operation.operation))
    .map((operation) => {
      const used = new Set<string>();
      fragmentsUsed(operation, fragments, used);
      return {
        name: operation.name?.value ?? "(anonymous)",
        kind: operation.operation,
        operation,
        text: [operation, ...[...used].map((name) => fragments.get(name)!)]
          .map((node) => print(node))
          .join("\n"),
      };
    });
}
