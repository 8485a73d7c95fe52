import fc from "fast-check";

import type { FuzzOperation } from "./print-operation.js";

/** One HTTP request of the fuzz, sent with Node's client (`raw` absent) or as bytes on a socket. */
export interface FuzzRequest {
  method: string;
  /** Path and query string, e.g. `/graphql?query=%7B__typename%7D`. */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  /**
   * The whole request as bytes, written on a plain socket: for requests Node's client refuses to
   * send (broken request lines, bad header syntax, lying lengths). `method` and `path` then only
   * describe it.
   */
  raw?: Buffer;
  /** What this request is, in a report: e.g. "graphql POST", "bad JSON". */
  label: string;
}

/** What came back: a response, or why none did. */
export type FuzzResponse =
  | { status: number; headers: Record<string, string>; body: Buffer; ms: number }
  | { failure: string; ms: number };

/** A generated operation as the usual POST a GraphQL client sends. */
export function graphqlPost(operation: FuzzOperation, label = "graphql POST"): FuzzRequest {
  return {
    method: "POST",
    path: "/graphql",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(operation),
    label,
  };
}

/** A generated operation as a GET, with the header Apollo asks of GETs against CSRF, or without. */
export function graphqlGet(operation: FuzzOperation, preflightHeader: boolean): FuzzRequest {
  const search = new URLSearchParams({
    query: operation.query,
    variables: JSON.stringify(operation.variables),
  });
  return {
    method: "GET",
    path: `/graphql?${search.toString()}`,
    headers: preflightHeader ? { "apollo-require-preflight": "true" } : {},
    label: preflightHeader ? "graphql GET" : "graphql GET without preflight header",
  };
}

const clip = (text: string, length = 300) =>
  text.length > length ? `${text.slice(0, length)}... (${text.length} chars)` : text;

/** A request in one line for reports: huge bodies, paths and headers clipped, with their lengths. */
export function describeFuzzRequest({ label, method, path, headers, body, raw }: FuzzRequest): string {
  if (raw) {
    return `${label}: ${JSON.stringify(clip(raw.toString("latin1")))}`;
  }
  const headerText = Object.entries(headers)
    .map(([name, value]) => `${name}: ${clip(value, 40)}`)
    .join("; ");
  const bodyText = body === undefined ? "" : ` body ${JSON.stringify(clip(body.toString()))}`;
  return `${label}: ${method} ${JSON.stringify(clip(path, 200))} [${clip(headerText, 200)}]${bodyText}`;
}

/** Makes fast-check print `request` as `describeFuzzRequest` does in a counterexample. */
export function described(request: FuzzRequest): FuzzRequest {
  return Object.assign(request, { [fc.toStringMethod]: () => describeFuzzRequest(request) });
}
