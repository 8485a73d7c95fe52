import { request as httpRequest } from "node:http";
import { connect } from "node:net";

import type { FuzzRequest, FuzzResponse } from "./fuzz-request.js";

/** Longest wait for one response before it counts as none. */
export const FUZZ_RESPONSE_TIMEOUT_MS = 30_000;

/** Sends one fuzz request to `baseUrl` (http://host:port) and collects the whole response. */
export function sendFuzzRequest(baseUrl: string, fuzzRequest: FuzzRequest): Promise<FuzzResponse> {
  return fuzzRequest.raw ? sendRaw(baseUrl, fuzzRequest.raw) : sendWithClient(baseUrl, fuzzRequest);
}

function sendWithClient(
  baseUrl: string,
  { method, path, headers, body }: FuzzRequest,
): Promise<FuzzResponse> {
  const started = Date.now();
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolveResponse) => {
    let settled = false;
    const settle = (response: FuzzResponse) => {
      if (!settled) {
        settled = true;
        resolveResponse(response);
      }
    };
    const outgoing = httpRequest(
      {
        host: hostname,
        port,
        method,
        path,
        headers: { connection: "close", ...headers },
        timeout: FUZZ_RESPONSE_TIMEOUT_MS,
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () =>
          settle({
            status: incoming.statusCode ?? 0,
            headers: flattenHeaders(incoming.headers),
            body: Buffer.concat(chunks),
            ms: Date.now() - started,
          }),
        );
        incoming.on("error", (error) =>
          settle({ failure: `response broken: ${error.message}`, ms: Date.now() - started }),
        );
      },
    );
    outgoing.on("timeout", () =>
      outgoing.destroy(new Error(`no response within ${FUZZ_RESPONSE_TIMEOUT_MS} ms`)),
    );
    outgoing.on("error", (error) => settle({ failure: error.message, ms: Date.now() - started }));
    outgoing.end(body);
  });
}

function flattenHeaders(headers: NodeJS.Dict<string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(", ") : (value ?? ""),
    ]),
  );
}

/** Writes bytes as they are and reads until the server closes: status, headers and body. */
function sendRaw(baseUrl: string, bytes: Buffer): Promise<FuzzResponse> {
  const started = Date.now();
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolveResponse) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    socket.setTimeout(FUZZ_RESPONSE_TIMEOUT_MS, () => socket.destroy(new Error("timeout")));
    socket.on("connect", () => socket.write(bytes));
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    // Half-open requests (a body shorter than its Content-Length) wait for more: give up after 2 s.
    const halfOpen = setTimeout(() => socket.end(), 2_000);
    socket.on("close", () => {
      clearTimeout(halfOpen);
      const ms = Date.now() - started;
      resolveResponse(
        chunks.length > 0
          ? parseRawResponse(Buffer.concat(chunks), ms)
          : { failure: "closed without a response", ms },
      );
    });
    socket.on("error", () => undefined);
  });
}

function parseRawResponse(bytes: Buffer, ms: number): FuzzResponse {
  const headerEnd = bytes.indexOf("\r\n\r\n");
  const head = bytes
    .subarray(0, headerEnd < 0 ? bytes.length : headerEnd)
    .toString("latin1")
    .split("\r\n");
  const status = Number(/^HTTP\/\d\.\d (\d{3})/.exec(head[0] ?? "")?.[1] ?? 0);
  if (status === 0) {
    return {
      failure: `not an HTTP response: ${JSON.stringify(bytes.subarray(0, 60).toString("latin1"))}`,
      ms,
    };
  }
  const headers: Record<string, string> = {};
  for (const line of head.slice(1)) {
    const colon = line.indexOf(":");
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const rest = headerEnd < 0 ? Buffer.alloc(0) : bytes.subarray(headerEnd + 4);
  return { status, headers, body: headers["transfer-encoding"] === "chunked" ? unchunk(rest) : rest, ms };
}

function unchunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const lineEnd = bytes.indexOf("\r\n", at);
    const size = lineEnd < 0 ? 0 : parseInt(bytes.subarray(at, lineEnd).toString("latin1"), 16);
    if (!(size > 0)) {
      break;
    }
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
