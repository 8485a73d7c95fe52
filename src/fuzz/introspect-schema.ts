import type { GraphQLSchema, IntrospectionQuery } from "graphql";
import { buildClientSchema, getIntrospectionQuery } from "graphql";

/**
 * The schema a running service describes of itself (introspection must be on), so the fuzz
 * generates from what the server really serves rather than from a file that may have drifted.
 */
export async function introspectSchema(baseUrl: string): Promise<GraphQLSchema> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const { data } = (await response.json()) as { data?: IntrospectionQuery };
  if (!data) {
    throw new Error(`introspection failed at ${baseUrl} (HTTP ${response.status}): is it turned off?`);
  }
  return buildClientSchema(data);
}
