import type { GraphiQLProps } from "graphiql";
import type { Client } from "graphql-ws";
import { createClient } from "graphql-ws";
import { Kind, OperationTypeNode, parse } from "graphql";

/**
 * What the Headers pane starts with: the field for a bearer token (docs/editing.md). Reads are
 * public, so an unfilled "Bearer " is not sent (sent, the service would answer 401).
 */
export const DEFAULT_HEADERS = `{
  "Authorization": "Bearer "
}`;

/** The headers to send: without an Authorization that holds no token yet. */
function filledHeaders(headers: Record<string, unknown> = {}): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers)
      .filter(
        ([name, value]) => !(name.toLowerCase() === "authorization" && /^\s*bearer\s*$/i.test(String(value))),
      )
      .map(([name, value]) => [name, String(value)]),
  );
}

/** Whether the operation GraphiQL runs (by name, or the only one) is a subscription. */
function isSubscription(query: string, operationName: string | null | undefined): boolean {
  try {
    return parse(query).definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.operation === OperationTypeNode.SUBSCRIPTION &&
        (!operationName || definition.name?.value === operationName),
    );
  } catch {
    return false;
  }
}

/**
 * The IDE's fetcher: queries and mutations as POSTs to `endpoint` with the Headers pane's headers;
 * subscriptions over graphql-ws at the same path (ws:// or wss://), the Authorization header sent
 * as `connectionParams` as the service expects (src/editing/serve-subscriptions.ts). One socket
 * per set of headers, so a changed token gets a new connection.
 */
export function createIdeFetcher(endpoint: string): GraphiQLProps["fetcher"] {
  let socket: { key: string; client: Client } | undefined;
  const subscriptionClient = (headers: Record<string, string>): Client => {
    const key = JSON.stringify(headers);
    if (socket?.key !== key) {
      void socket?.client.dispose();
      const url = new URL(endpoint, window.location.href);
      url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
      socket = { key, client: createClient({ url: url.href, connectionParams: headers }) };
    }
    return socket.client;
  };
  return async (params, options) => {
    const headers = filledHeaders(options?.headers);
    if (isSubscription(params.query, params.operationName)) {
      return subscriptionClient(headers).iterate({
        query: params.query,
        operationName: params.operationName ?? null,
        variables: params.variables ?? {},
      });
    }
    const response = await fetch(endpoint, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...headers,
      },
      body: JSON.stringify(params),
    });
    return response.json();
  };
}
