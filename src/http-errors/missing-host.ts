import type { RequestHandler } from "express";

import { ErrorCode } from "../errors/error-code.js";
import { httpErrorBody } from "./http-error.js";

/**
 * Node's own check that an HTTP/1.1 request names its Host (RFC 9112, section 3.2) answers 400
 * with an empty body, before Express and without a `clientError` event (found by the fuzz test:
 * `GET / HTTP/1.1` with no headers). The server turns that check off (`requireHostHeader: false`)
 * and this middleware, mounted first, refuses the same requests with a JSON error like any other.
 */
export const refuseMissingHost: RequestHandler = (request, response, next) => {
  if (request.httpVersion !== "1.1" || request.headers.host !== undefined) {
    next();
    return;
  }
  response.status(400).json(
    httpErrorBody(request.path, {
      status: 400,
      code: ErrorCode.BAD_REQUEST,
      message: "An HTTP/1.1 request must have a Host header.",
    }),
  );
};
