import type { Request } from "express";

/**
 * A browser opening /graphql (Accept: text/html first) gets the IDE; an API client, including one
 * that accepts anything, gets GraphQL. A GET carrying an operation is always an API call.
 */
export function prefersHtml(request: Request): boolean {
  if (request.query.query !== undefined) {
    return false;
  }
  return (
    request.accepts(["application/graphql-response+json", "application/json", "text/html"]) === "text/html"
  );
}
