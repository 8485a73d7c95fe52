import type { ServerResponse } from "node:http";

/**
 * Answers `status` with `body` as JSON, through Node's own response: the same bytes and headers
 * as Express's `response.status(status).json(body)`, for handlers that run outside Express
 * (server/direct-graphql-post.ts) as well as inside it.
 */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.statusCode = status;
  response.setHeader("Content-Type", "application/json; charset=utf-8");
  response.setHeader("Content-Length", Buffer.byteLength(text));
  response.end(text);
}
