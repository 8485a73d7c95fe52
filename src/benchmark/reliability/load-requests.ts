import { OperationTypeNode } from "graphql";

import { exampleOperations as exampleQueries } from "../../schema/example-operations.js";

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

/**
 * Every named query of schema/examples.graphql, each sent alone with the fragments it spreads. The
 * mutations are left out: they need a token and would change the graph under test.
 */
export function exampleOperations(): LoadRequest[] {
  return exampleQueries([OperationTypeNode.QUERY]).map(({ name, text }) => ({
    name,
    kind: "graphql",
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: text }),
  }));
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
