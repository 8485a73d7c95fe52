import type { IncomingMessage, ServerResponse } from "node:http";

import type { ApolloServer, HTTPGraphQLRequest, HTTPGraphQLResponse } from "@apollo/server";
import { HeaderMap } from "@apollo/server";

import {
  BOOKMARK_HEADER,
  InvalidBookmarkError,
  formatBookmarkHeader,
  parseBookmarkHeader,
} from "../causal-consistency/bookmark-header.js";
import { ErrorCode } from "../errors/error-code.js";
import { sendJson } from "../http-errors/send-json.js";
import type { RequestLimits } from "../limits/operation-limits.js";
import { RequestDeadline, RequestTimeoutError } from "../limits/request-deadline.js";
import type { RequestContext } from "./request-context.js";

export interface GraphqlRouteOptions {
  apollo: ApolloServer<RequestContext>;
  limits: RequestLimits;
  /**
   * The request's context; its executor must be bound to `deadline` and the client's `bookmarks`
   * (CypherExecutor.forRequest).
   */
  context: (
    request: IncomingMessage,
    deadline: RequestDeadline,
    bookmarks: string[],
  ) => Promise<RequestContext>;
}

/** A request as the route reads it: Node's, with the JSON body parsed (and Express's original URL when mounted). */
export type GraphqlRequest = IncomingMessage & { body?: unknown; originalUrl?: string };

function sendGraphqlError(
  response: ServerResponse,
  status: number,
  message: string,
  code: ErrorCode,
  extra = {},
) {
  sendJson(response, status, { errors: [{ message, extensions: { ...extra, code } }] });
}

function sendApolloResponse(response: ServerResponse, result: HTTPGraphQLResponse, maxBytes: number): void {
  if (result.body.kind !== "complete") {
    // Incremental delivery (@defer) is not in the schema, so Apollo always answers in one piece.
    throw new Error("An incremental GraphQL response was not expected");
  }
  const bytes = Buffer.byteLength(result.body.string);
  if (bytes > maxBytes) {
    sendGraphqlError(
      response,
      400,
      `The response would be ${bytes} bytes, over the limit of ${maxBytes} (RESPONSE_MAX_BYTES): ask for fewer fields or smaller pages.`,
      ErrorCode.RESPONSE_TOO_LARGE,
      { bytes, maxBytes },
    );
    return;
  }
  for (const [key, value] of result.headers) {
    response.setHeader(key, value);
  }
  response.statusCode = result.status ?? 200;
  if (response.statusCode === 304) {
    // No content, so no content headers (RFC 9110, 15.4.5), as Express's send() did.
    response.removeHeader("Content-Type");
    response.end();
    return;
  }
  response.setHeader("Content-Length", bytes);
  response.end(result.body.string);
}

/**
 * /graphql for API clients: Apollo Server's HTTP handling (as @as-integrations/express5 does it,
 * on Node's own request and response, so that it also serves without Express: direct-graphql-post.ts)
 * inside a wall-clock budget and a response size cap. At the deadline the client is answered
 * REQUEST_TIMEOUT at once, whatever is still running; the request's executor then refuses new
 * statements and Neo4j was only given the time left, so the abandoned work winds down by itself.
 * A response over the cap is replaced whole by RESPONSE_TOO_LARGE: a client never gets half a body.
 * Runs after a JSON body parser (express.json()) has set `request.body`.
 */
export function graphqlRoute({
  apollo,
  limits,
  context,
}: GraphqlRouteOptions): (request: GraphqlRequest, response: ServerResponse) => Promise<void> {
  return async (request, response) => {
    let bookmarks: string[];
    try {
      const header = request.headers[BOOKMARK_HEADER.toLowerCase()];
      bookmarks = parseBookmarkHeader(Array.isArray(header) ? header.join(", ") : header);
    } catch (error) {
      if (!(error instanceof InvalidBookmarkError)) {
        throw error;
      }
      sendGraphqlError(response, 400, error.message, ErrorCode.BAD_REQUEST, { header: BOOKMARK_HEADER });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) {
        headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
    }
    const httpGraphQLRequest: HTTPGraphQLRequest = {
      method: (request.method ?? "GET").toUpperCase(),
      headers,
      search: new URL(request.originalUrl ?? request.url ?? "/", "http://localhost").search,
      body: request.body as unknown,
    };
    const deadline = new RequestDeadline(limits.timeoutMs);
    const timer = deadline.timer();
    let requestContext: RequestContext | undefined;
    const work = apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => (requestContext = await context(request, deadline, bookmarks)),
    });
    try {
      const outcome = await Promise.race([work, timer.passed]);
      // A result that came back just as the deadline passed has fields cut short by it.
      if (outcome === "timeout" || deadline.remainingMs() === 0) {
        work.catch((error: unknown) => console.error("GraphQL request failed after its deadline", error));
        const timeout = new RequestTimeoutError(limits.timeoutMs);
        sendGraphqlError(response, 503, timeout.message, ErrorCode.REQUEST_TIMEOUT, {
          budgetMs: limits.timeoutMs,
        });
        return;
      }
      // After a mutation: what the client sends back to read its own writes through any replica.
      const written = formatBookmarkHeader(requestContext?.writes.writeBookmarks() ?? []);
      if (written) {
        response.setHeader(BOOKMARK_HEADER, written);
      }
      sendApolloResponse(response, outcome, limits.responseMaxBytes);
    } finally {
      timer.cancel();
    }
  };
}
