/** What the service tells a page when it serves it (see src/explorer/explorer-page.ts). */
export interface PageConfig {
  /** Where to send GraphQL requests, e.g. "/graphql". */
  endpoint: string;
  /** False when the server refuses introspection: no docs, no autocompletion, no evidence detection. */
  introspection: boolean;
  /** The operations of schema/examples.graphql, for the IDE's welcome tab (IDE page only). */
  examples?: string;
  /** Where POST /extract drafts a facts file from an article (review page only). */
  extractPath?: string;
  /** Where POST /facts/check runs `showgraph ingest --check` on a document (review page only). */
  factsCheckPath?: string;
}

/** Reads the JSON the server put in the page, so no request is needed before the first render. */
export function readPageConfig(): PageConfig {
  const element = document.getElementById("showgraph-config");
  if (!element?.textContent) {
    throw new Error("This page was not served by showgraph: its configuration is missing.");
  }
  return JSON.parse(element.textContent) as PageConfig;
}
