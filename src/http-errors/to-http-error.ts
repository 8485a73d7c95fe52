import { STATUS_CODES } from "node:http";

import { ErrorCode } from "../errors/error-code.js";
import type { HttpError } from "./http-error.js";
import { codeForStatus } from "./http-error.js";

/** What Express's body parser (body-parser, through http-errors) attaches to its errors. */
interface BodyParserError {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
  charset?: string;
  encoding?: string;
}

function statusOf(error: BodyParserError): number {
  const status = error.status ?? error.statusCode;
  return typeof status === "number" && status >= 400 && status < 600 ? status : 500;
}

/**
 * An error that reached Express (thrown by a route or a middleware) as an HTTP error a client may
 * see. Body-parser's errors get their own messages (theirs quote the parser); any other 4xx its
 * status text; anything else is INTERNAL_SERVER_ERROR with a generic message (`logged`: false for
 * the caller to log it).
 */
export function toHttpError(error: unknown): HttpError & { expected: boolean } {
  const details = (typeof error === "object" && error !== null ? error : {}) as BodyParserError;
  const status = statusOf(details);
  switch (details.type) {
    case "entity.parse.failed":
      return {
        status: 400,
        code: ErrorCode.BAD_REQUEST,
        message: "The request body is not valid JSON.",
        expected: true,
      };
    case "entity.too.large":
      return {
        status: 413,
        code: ErrorCode.PAYLOAD_TOO_LARGE,
        message: `The request body is over the limit of ${details.limit ?? "?"} bytes.`,
        expected: true,
      };
    case "charset.unsupported":
      return {
        status: 415,
        code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        message: `The charset "${String(details.charset)}" is not supported: send JSON in UTF-8.`,
        expected: true,
      };
    case "encoding.unsupported":
      return {
        status: 415,
        code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        message: "The content encoding is not supported: send the body uncompressed, or gzip, deflate or br.",
        expected: true,
      };
  }
  if (status < 500) {
    return {
      status,
      code: codeForStatus(status),
      message: `${STATUS_CODES[status] ?? "Bad request"}.`,
      expected: true,
    };
  }
  return {
    status: 500,
    code: ErrorCode.INTERNAL_SERVER_ERROR,
    message: "Something went wrong on our side.",
    expected: false,
  };
}
