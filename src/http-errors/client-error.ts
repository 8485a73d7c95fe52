import type { Server } from "node:http";
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";

import { ErrorCode } from "../errors/error-code.js";
import type { HttpError } from "./http-error.js";
import { httpErrorBody } from "./http-error.js";

/** Node's http parser errors (its `clientError` event), as Node itself would answer them. */
function clientHttpError(code: string | undefined): HttpError {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return {
        status: 431,
        code: ErrorCode.HEADERS_TOO_LARGE,
        message: "The URL or headers are over the server's limit: send the operation in a POST body.",
      };
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return { status: 408, code: ErrorCode.BAD_REQUEST, message: "The request took too long to arrive." };
    default:
      return { status: 400, code: ErrorCode.BAD_REQUEST, message: "The request is not valid HTTP." };
  }
}

/** The path of the request line Node failed on, read from the bytes it had ("GET /graphql?..."). */
function requestPath(rawPacket: unknown): string {
  const line = Buffer.isBuffer(rawPacket) ? rawPacket.toString("latin1", 0, 256) : "";
  return /^[A-Z]+ (\/[^\s?#]*)/.exec(line)?.[1] ?? "/";
}

/**
 * Node answers a request it cannot parse (a 60 KB URL, headers over --max-http-header-size, a
 * malformed request line) itself, before Express, with an empty body. With this listener it is a
 * JSON error like any other, then the connection closes (its state is unknown).
 */
export function answerClientErrors(httpServer: Server): void {
  httpServer.on("clientError", (error: NodeJS.ErrnoException & { rawPacket?: unknown }, socket: Duplex) => {
    // As Node's own handler: never write into a response already under way on this connection.
    const current = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === "ECONNRESET" || !socket.writable || current?.headersSent) {
      socket.destroy();
      return;
    }
    const shown = clientHttpError(error.code);
    const body = JSON.stringify(httpErrorBody(requestPath(error.rawPacket), shown));
    socket.end(
      [
        `HTTP/1.1 ${shown.status} ${STATUS_CODES[shown.status] ?? ""}`,
        "Content-Type: application/json; charset=utf-8",
        `Content-Length: ${Buffer.byteLength(body)}`,
        "X-Content-Type-Options: nosniff",
        "Connection: close",
        "",
        body,
      ].join("\r\n"),
    );
  });
}
