import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

import type { Logger } from "pino";

import type { RequestFigures } from "./request-figures.js";
import { attachRequestFigures, newRequestFigures } from "./request-figures.js";
import type { ServiceMetrics } from "./service-metrics.js";

export const REQUEST_ID_HEADER = "X-Request-Id";

/** A request id a client or proxy may choose: short and harmless in a log line or a header. */
const ACCEPTED_REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/** Routes asked by machines on a timer: their successes are logged at debug. */
const PROBE_ROUTES = new Set(["health", "ready", "metrics"]);

/** The route's name as a metric label: a fixed set, whatever path a client asks for. */
function routeOf(path: string): string {
  const route = /^\/(graphql|export|health|ready|metrics|explore)(\/|$)/.exec(path)?.[1];
  return route ?? "other";
}

/** The request's id: the client's or proxy's `X-Request-Id` when it is sensible, else a new UUID. */
function requestId(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers["x-request-id"];
  const id = typeof given === "string" && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** The figures a request's last log line carries. */
function figureFields(figures: RequestFigures): Record<string, unknown> {
  return {
    operationName: figures.operationName,
    neo4jMs: Math.round(figures.neo4jMs * 10) / 10,
    neo4jTransactions: figures.neo4jTransactions,
    statements: figures.statements,
    ...(figures.errorCodes.size > 0 ? { errorCodes: [...figures.errorCodes] } : {}),
  };
}

/** Who asked for what: the `req` of every line the request logs. No headers, so no bearer token. */
function requestFields(request: IncomingMessage, id: string, path: string): Record<string, unknown> {
  return {
    id,
    method: request.method,
    path,
    remoteAddress: request.socket?.remoteAddress,
    forwardedFor: request.headers["x-forwarded-for"],
    userAgent: request.headers["user-agent"],
  };
}

/**
 * 5xx is `error`, 4xx `warn`; a successful probe (a load balancer's check, a scrape) `debug`.
 * `/ready`'s 503 is its answer, not a failure: while the service starts, or while Neo4j is away
 * (which the service logs on its own), every probe gets it, and at `error` they filled a normal
 * start's log with error lines. It is `info`.
 */
function levelOf(route: string, statusCode: number): "error" | "warn" | "info" | "debug" {
  if (route === "ready" && statusCode === 503) {
    return "info";
  }
  if (statusCode >= 500) {
    return "error";
  }
  if (statusCode >= 400) {
    return "warn";
  }
  return PROBE_ROUTES.has(route) ? "debug" : "info";
}

/**
 * The middleware that goes first on the app. Gives the request its id and its figures
 * (request-figures.ts), counts it in flight, and at its end writes its one log line and observes
 * its duration, errors and, for exports, bytes sent.
 *
 * The line is written here with pino itself rather than by pino-http: pino-http made a child
 * logger per request and ran its serializers on every request, about 0.08 ms of the 0.7 ms of CPU
 * a planned query cost under bench:query (11%). The request's own logger, for the rare line an
 * error adds, is made only when one is written.
 */
export function observeRequests(
  logger: Logger,
  metrics: ServiceMetrics | undefined,
): (request: IncomingMessage, response: ServerResponse, next: () => void) => void {
  // The request line's fields are the fixed ones below: no header, no variables, no credential.
  // It skips pino's redaction, which in pino 10 (@pinojs/redact 0.4) parses every redact path
  // again on every line it writes: 15 KB allocated and about 8 µs per request under bench:query
  // (sampling heap and CPU profiles). Every other line, the request's own logger's included,
  // keeps it (logger.ts, REDACTED_PATHS).
  const lineLogger = logger.child({}, { redact: [] });
  return (request, response, next) => {
    const id = requestId(request, response);
    // Taken now: a router mounted on a path rewrites request.url for its own routes.
    const path = (request.url ?? "/").split("?")[0] ?? "/";
    const figures = newRequestFigures(() => logger.child({ req: requestFields(request, id, path) }));
    attachRequestFigures(request, figures);
    const route = routeOf(path);
    const started = performance.now();
    const bytesBefore = request.socket.bytesWritten;
    metrics?.inFlight.inc();
    let ended = false;
    const end = () => {
      if (ended) {
        return;
      }
      ended = true;
      metrics?.inFlight.dec();
      if (response.statusCode >= 400 && figures.errorCodes.size === 0) {
        figures.errorCodes.add(`HTTP_${response.statusCode}`);
      }
      const durationMs = performance.now() - started;
      const level = levelOf(route, response.statusCode);
      if (lineLogger.isLevelEnabled(level)) {
        lineLogger[level](
          {
            req: requestFields(request, id, path),
            res: { statusCode: response.statusCode },
            responseTime: Math.round(durationMs),
            ...figureFields(figures),
          },
          level === "error" ? "request errored" : "request completed",
        );
      }
      if (!metrics) {
        return;
      }
      const exportScope = route === "export" ? (path.split("/")[2] ?? "") : undefined;
      const operation = figures.operationName ?? exportScope ?? "";
      metrics.requestDuration
        .labels({
          route,
          operation: metrics.operationLabel(operation),
          outcome: figures.errorCodes.size > 0 ? "error" : "ok",
        })
        .observe(durationMs / 1000);
      for (const code of figures.errorCodes) {
        metrics.errors.labels({ route, code }).inc();
      }
      if (exportScope !== undefined) {
        // One request at a time per connection (HTTP/1.1 without pipelining): the difference is this response.
        metrics.exportBytes
          .labels({ scope: metrics.operationLabel(exportScope) })
          .inc(request.socket.bytesWritten - bytesBefore);
      }
    };
    response.once("finish", end);
    response.once("close", end);
    next();
  };
}
