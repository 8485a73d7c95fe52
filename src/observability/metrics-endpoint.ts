import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

import type { RequestHandler } from "express";
import express from "express";
import type { Registry } from "prom-client";

/** GET /metrics in Prometheus's text format (https://prometheus.io/docs/instrumenting/exposition_formats/). */
export function metricsHandler(registry: Registry): RequestHandler {
  return (_request, response, next) => {
    registry.metrics().then((text) => {
      response.setHeader("Content-Type", registry.contentType);
      response.setHeader("Cache-Control", "no-store");
      response.end(text);
    }, next);
  };
}

export interface MetricsServer {
  /** e.g. http://127.0.0.1:9464/metrics */
  url: string;
  close(): Promise<void>;
}

/**
 * /metrics on a port of its own (METRICS=<port>), so the load balancer never publishes it; any
 * other path is a JSON 404.
 */
export async function startMetricsServer(
  registry: Registry,
  host: string,
  port: number,
): Promise<MetricsServer> {
  const app = express();
  app.disable("x-powered-by");
  app.get("/metrics", metricsHandler(registry));
  app.use((_request, response) => {
    response.status(404).json({ error: { code: "NOT_FOUND", message: "Only /metrics is served here." } });
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolveListening, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolveListening());
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${boundPort}/metrics`,
    close: () => new Promise((resolveClosed) => server.close(() => resolveClosed())),
  };
}
