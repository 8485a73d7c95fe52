import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { DefinitionNode, FragmentDefinitionNode, OperationDefinitionNode } from "graphql";
import { Kind, parse, print, visit } from "graphql";

import { projectRoot } from "../../common/project-root.js";

/** One request of the load: what autocannon sends and what to call it in a report. */
export interface LoadRequest {
  name: string;
  kind: "graphql" | "export";
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

const HIT_AND_RUN = Buffer.from("Show:hit-and-run").toString("base64url");

/** The exports of the mix: Hit & Run's neighbourhood at depths 1 and 2, in each format. */
export const EXPORT_REQUESTS: readonly LoadRequest[] = [
  ["json", 2],
  ["graphml", 1],
  ["csv-edges", 2],
  ["gexf", 1],
].map(([format, depth]) => ({
  name: `export ${format} depth ${depth}`,
  kind: "export",
  method: "GET",
  path: `/export/neighborhood?id=${HIT_AND_RUN}&depth=${depth}&format=${format}`,
}));

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

/** Every named operation of schema/examples.graphql, each sent alone with the fragments it spreads. */
export function exampleOperations(): LoadRequest[] {
  const document = parse(readFileSync(join(projectRoot, "schema", "examples.graphql"), "utf8"));
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
    .map((operation) => {
      const used = new Set<string>();
      fragmentsUsed(operation, fragments, used);
      const query = [operation, ...[...used].map((name) => fragments.get(name)!)]
        .map((node) => print(node))
        .join("\n");
      return {
        name: operation.name?.value ?? "(anonymous)",
        kind: "graphql",
        method: "POST",
        path: "/graphql",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query }),
      };
    });
}

/** The mix: the example operations in order, with an export after every `exportEvery` of them. */
export function mixedLoadRequests(exportEvery = 4): LoadRequest[] {
  const mix: LoadRequest[] = [];
  exampleOperations().forEach((operation, index) => {
    mix.push(operation);
    if ((index + 1) % exportEvery === 0) {
      mix.push(EXPORT_REQUESTS[((index + 1) / exportEvery - 1) % EXPORT_REQUESTS.length]!);
    }
  });
  return mix;
}
