import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

import type { RequestHandler } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";

import { attachRequestFigures, newRequestFigures, requestFiguresOf } from "./request-figures.js";
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

/** The figures a request's last log line carries (pino-http's "request completed"). */
function figureFields(request: IncomingMessage): Record<string, unknown> {
  const figures = requestFiguresOf(request);
  if (!figures) {
    return {};
  }
  return {
    operationName: figures.operationName,
    neo4jMs: Math.round(figures.neo4jMs * 10) / 10,
    neo4jTransactions: figures.neo4jTransactions,
    statements: figures.statements,
    ...(figures.errorCodes.size > 0 ? { errorCodes: [...figures.errorCodes] } : {}),
  };
}

/**
 * One log line per request, when it ends: id, method, path (never the query string, which may
 * hold GraphQL variables), client address (and X-Forwarded-For behind a proxy), status, time,
 * and the request's figures (operation name, Neo4j time and statements, error codes). No headers
 * are logged, so no bearer token can be.
 */
function requestLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: requestId,
    serializers: {
      req: (request: IncomingMessage & { id?: unknown; raw?: IncomingMessage }) => {
        const raw = request.raw ?? request;
        return {
          id: request.id,
          method: raw.method,
          path: raw.url?.split("?")[0],
          remoteAddress: raw.socket?.remoteAddress,
          forwardedFor: raw.headers?.["x-forwarded-for"],
          userAgent: raw.headers?.["user-agent"],
        };
      },
      res: (response: ServerResponse & { raw?: ServerResponse }) => ({
        statusCode: (response.raw ?? response).statusCode,
      }),
    },
    customSuccessObject: (request, _response, fields: object) => ({ ...fields, ...figureFields(request) }),
    customErrorObject: (request, _response, _error, fields: object) => ({
      ...fields,
      ...figureFields(request),
    }),
    customLogLevel: (request, response, error) => {
      if (error || response.statusCode >= 500) {
        return "error";
      }
      if (response.statusCode >= 400) {
        return "warn";
      }
      // A load balancer checks every second and Prometheus scrapes every few: not worth a line each.
      return PROBE_ROUTES.has(routeOf(request.url?.split("?")[0] ?? "")) ? "debug" : "info";
    },
  }) as unknown as RequestHandler;
}

/**
 * Counts the request in flight, runs it with figures of its own (request-figures.ts), and at its
 * end observes its duration, errors and, for exports, bytes sent.
 */
function requestMeasurer(metrics: ServiceMetrics | undefined): RequestHandler {
  return (request, response, next) => {
    const figures = newRequestFigures(request.log);
    attachRequestFigures(request, figures);
    const route = routeOf(request.path);
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
      if (!metrics) {
        return;
      }
      if (response.statusCode >= 400 && figures.errorCodes.size === 0) {
        figures.errorCodes.add(`HTTP_${response.statusCode}`);
      }
      const exportScope = route === "export" ? (request.path.split("/")[2] ?? "") : undefined;
      const operation = figures.operationName ?? exportScope ?? "";
      metrics.requestDuration
        .labels({
          route,
          operation: metrics.operationLabel(operation),
          outcome: figures.errorCodes.size > 0 ? "error" : "ok",
        })
        .observe((performance.now() - started) / 1000);
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

/** The middleware that goes first on the app: request logging, then measuring. */
export function observeRequests(logger: Logger, metrics: ServiceMetrics | undefined): RequestHandler[] {
  return [requestLogger(logger), requestMeasurer(metrics)];
}
