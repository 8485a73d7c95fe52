import { createHash } from "node:crypto";

import type { GraphQLRequest } from "@apollo/server";

import type { GraphVersion } from "../neo4j/graph-version.js";

/** What identifies one GET answer: the response cache's key and the ETag sent with it. */
export interface GraphValidator {
  key: string;
  etag: string;
}

/**
 * The validator of a GET query's answer: the graph's write version (changes with every committed
 * write), the viewer's role (reads may differ by role) and the request itself (query, operation
 * name, variables, extensions). The ETag is strong: the same key always gives the same bytes, as
 * answers are deterministic over one graph version (every list and connection has a total order).
 */
export function graphValidator(version: GraphVersion, role: string, request: GraphQLRequest): GraphValidator {
  const key = JSON.stringify([
    version.epoch,
    version.version,
    role,
    request.query ?? "",
    request.operationName ?? null,
    request.variables ?? {},
    request.extensions ?? {},
  ]);
  const digest = createHash("sha256").update(key).digest("base64url").slice(0, 22);
  return { key, etag: `"g${version.version}-${digest}"` };
}

/**
 * True when an If-None-Match header names `etag` (or is `*`): weak comparison, as RFC 9110
 * §13.1.2 asks for If-None-Match, so `W/"..."` from a proxy that weakened it matches too.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) {
    return false;
  }
  return header
    .split(",")
    .map((tag) => tag.trim().replace(/^W\//, ""))
    .some((tag) => tag === "*" || tag === etag);
}
