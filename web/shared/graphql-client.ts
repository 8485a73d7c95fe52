/** A GraphQL error or a failed request, with a message fit to show a person. */
export class GraphQLRequestError extends Error {
  override name = "GraphQLRequestError";
  constructor(
    message: string,
    /** extensions.code of the first GraphQL error, when the server answered with one. */
    readonly code?: string,
    /** All extensions of the first GraphQL error (`problems` for a facts document, say). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> & { code?: string } }>;
}

export type GraphQLRequest = <TData>(query: string, variables?: Record<string, unknown>) => Promise<TData>;

export interface GraphQLClientOptions {
  /** A bearer token to send (Authorization: Bearer), read at each request; none when it gives "". */
  token?: () => string;
}

/** POSTs operations to the service's own endpoint; any GraphQL error rejects with its message. */
export function createGraphQLClient(endpoint: string, { token }: GraphQLClientOptions = {}): GraphQLRequest {
  return async <TData>(query: string, variables: Record<string, unknown> = {}) => {
    const bearer = token?.().trim() ?? "";
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json",
          ...(bearer === "" ? {} : { authorization: `Bearer ${bearer}` }),
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
      throw new GraphQLRequestError(firstError.message, firstError.extensions?.code, firstError.extensions);
    }
    if (body.data == null) {
      throw new GraphQLRequestError(`The service answered ${response.status} without data.`);
    }
    return body.data;
  };
}
