/** A GraphQL error or a failed request, with a message fit to show a person. */
export class GraphQLRequestError extends Error {
  override name = "GraphQLRequestError";
  constructor(
    message: string,
    /** extensions.code of the first GraphQL error, when the server answered with one. */
    readonly code?: string,
  ) {
    super(message);
  }
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: ReadonlyArray<{ message: string; extensions?: { code?: string } }>;
}

export type GraphQLRequest = <TData>(query: string, variables?: Record<string, unknown>) => Promise<TData>;

/** POSTs operations to the service's own endpoint; any GraphQL error rejects with its message. */
export function createGraphQLClient(endpoint: string): GraphQLRequest {
  return async <TData>(query: string, variables: Record<string, unknown> = {}) => {
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json",
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch {
      throw new GraphQLRequestError("The service cannot be reached. Is it still running?");
    }
    let body: GraphQLResponse<TData>;
    try {
      body = (await response.json()) as GraphQLResponse<TData>;
    } catch {
      throw new GraphQLRequestError(`The service answered ${response.status} ${response.statusText}.`);
    }
    const [firstError] = body.errors ?? [];
    if (firstError) {
      throw new GraphQLRequestError(firstError.message, firstError.extensions?.code);
    }
    if (body.data == null) {
      throw new GraphQLRequestError(`The service answered ${response.status} without data.`);
    }
    return body.data;
  };
}
