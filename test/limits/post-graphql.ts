/** What a GraphQL POST answered: status, headers and the parsed JSON body. */
export interface GraphqlAnswer {
  status: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  elapsedMs: number;
}

export async function postGraphql(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphqlAnswer> {
  const started = Date.now();
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphqlAnswer["body"];
  return { status: response.status, headers: response.headers, body, elapsedMs: Date.now() - started };
}
