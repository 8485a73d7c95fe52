import type { IncomingMessage, ServerResponse } from "node:http";

import type { RequestHandler } from "express";

import { GRAPHQL_PATH } from "../http-errors/http-error.js";
import { sendHttpError } from "../http-errors/json-error-routes.js";
import type { GraphqlRequest } from "./graphql-route.js";

type NodeHandler = (request: IncomingMessage, response: ServerResponse) => void;

export interface DirectGraphqlPostOptions {
  /** The request observer (id, log line, metrics) the app also runs first. */
  observe: (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
  /** The headers every answer carries (nosniff; Connection: close while draining). */
  setCommonHeaders: (response: ServerResponse) => void;
  /** The JSON body parser the app uses on /graphql (express.json: a plain Node middleware). */
  parseJson: RequestHandler;
  /** graphql-route.ts's handler. */
  graphql: (request: GraphqlRequest, response: ServerResponse) => Promise<void>;
  /** The Express app: everything else. */
  app: NodeHandler;
}

/**
 * The HTTP server's request listener: `POST /graphql` (an API client's query, nearly all the
 * traffic) goes to GraphQL through the same steps the app would run (observe, common headers,
 * the JSON body parser, graphql-route.ts, JSON errors), without Express; every other request goes
 * to the app. Express gives each request its own request and response prototypes and walks its
 * middleware list: 0.08 ms of Node CPU per request against Node's own http module, measured with
 * the same Apollo Server answering from memory (bench/query/src/stack-floor-server.ts, about 13% of
 * a planned query's Node CPU). A request without a Host header over HTTP/1.1 goes to the app,
 * which refuses it (http-errors/missing-host.ts).
 */
export function directGraphqlPost({
  observe,
  setCommonHeaders,
  parseJson,
  graphql,
  app,
}: DirectGraphqlPostOptions): NodeHandler {
  const fail = (request: IncomingMessage, response: ServerResponse, error: unknown) =>
    sendHttpError(request.method, GRAPHQL_PATH, response, error);
  const serve = (request: GraphqlRequest, response: ServerResponse) => {
    setCommonHeaders(response);
    // express.json() reads only what Express's own request would have: headers and the stream.
    parseJson(request as never, response as never, (error?: unknown) => {
      if (error) {
        fail(request, response, error);
        return;
      }
      graphql(request, response).catch((thrown: unknown) => fail(request, response, thrown));
    });
  };
  return (request, response) => {
    const direct =
      request.method === "POST" &&
      request.url === GRAPHQL_PATH &&
      (request.httpVersion !== "1.1" || request.headers.host !== undefined);
    if (!direct) {
      app(request, response);
      return;
    }
    observe(request, response, () => serve(request, response));
  };
}
