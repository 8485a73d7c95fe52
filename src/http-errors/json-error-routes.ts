import type { ErrorRequestHandler, Express, RequestHandler } from "express";

import { ErrorCode } from "../errors/error-code.js";
import { httpErrorBody } from "./http-error.js";
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

const jsonErrors: ErrorRequestHandler = (error, request, response, _next) => {
  const shown = toHttpError(error);
  if (!shown.expected) {
    console.error(`Unexpected error on ${request.method} ${request.path}`, error);
  }
  if (response.headersSent) {
    // A body is under way: nothing can be said any more but a broken transfer.
    response.destroy();
    return;
  }
  response.status(shown.status).json(httpErrorBody(request.path, shown));
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
