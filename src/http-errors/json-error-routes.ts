import type { ServerResponse } from "node:http";

import type { ErrorRequestHandler, Express, RequestHandler } from "express";

import { ErrorCode } from "../errors/error-code.js";
import { httpErrorBody } from "./http-error.js";
import { sendJson } from "./send-json.js";
import { toHttpError } from "./to-http-error.js";

const notFound: RequestHandler = (request, response) => {
  response.status(404).json(
    httpErrorBody(request.path, {
      status: 404,
      code: ErrorCode.NOT_FOUND,
      message: `Nothing is served at ${request.method} ${request.path}: see /graphql, /explore, /review, /extract, /health and /export/*.`,
    }),
  );
};

/**
 * Answers `error`, raised while serving `method path`, as a JSON error (hidden and logged when it
 * was not expected). Plain Node: Express's error handler below and the direct GraphQL path
 * (server/direct-graphql-post.ts) both answer through it.
 */
export function sendHttpError(
  method: string | undefined,
  path: string,
  response: ServerResponse,
  error: unknown,
): void {
  const shown = toHttpError(error);
  if (!shown.expected) {
    console.error(`Unexpected error on ${method} ${path}`, error);
  }
  if (response.headersSent) {
    // A body is under way: nothing can be said any more but a broken transfer.
    response.destroy();
    return;
  }
  sendJson(response, shown.status, httpErrorBody(path, shown));
}

const jsonErrors: ErrorRequestHandler = (error, request, response, _next) => {
  sendHttpError(request.method, request.path, response, error);
};

/**
 * Mount last: a path nothing served gets a JSON 404, and an error any route or middleware raised
 * (the JSON body parser's included) a JSON error, instead of Express's HTML pages, which in
 * development carry stack traces and file paths.
 */
export function mountJsonErrors(app: Express): void {
  app.use(notFound);
  app.use(jsonErrors);
}
