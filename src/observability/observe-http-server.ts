import type { ApolloServerPlugin } from "@apollo/server";
import type { Express } from "express";
import type { Logger } from "pino";

import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import { graphqlObserverPlugin } from "./graphql-observer-plugin.js";
import type { MetricsServer } from "./metrics-endpoint.js";
import { metricsHandler, startMetricsServer } from "./metrics-endpoint.js";
import { observeRequests } from "./observe-requests.js";
import type { ServiceMetrics } from "./service-metrics.js";

/** What the HTTP server logs and measures with; main.ts makes one per process (observability.ts). */
export interface Observability {
  logger: Logger;
  /** Absent with METRICS=off. */
  metrics: ServiceMetrics | undefined;
  /** undefined: /metrics on the service's own port; a number: on a server of its own there. */
  metricsPort: number | undefined;
}

export interface ObservedHttpServer {
  /**
   * The request observer the app runs first (observe-requests.ts), for a handler that serves
   * outside the app (server/direct-graphql-post.ts).
   */
  observe: ReturnType<typeof observeRequests>;
  /** Goes into Apollo Server's plugins. */
  apolloPlugins: ApolloServerPlugin[];
  /** Where /metrics is served on a port of its own, if it is. */
  metricsServer: MetricsServer | undefined;
  /** Stops listening to the executor and closes the metrics port. */
  close(): Promise<void>;
}

/**
 * Mounts logging and measuring ahead of every route of `app` (call it first), /metrics on the
 * app or on its own port, and measures `executor`'s transactions.
 */
export async function observeHttpServer(
  app: Express,
  { executor, observability, host }: { executor: CypherExecutor; observability: Observability; host: string },
): Promise<ObservedHttpServer> {
  const { logger, metrics, metricsPort } = observability;
  const observe = observeRequests(logger, metrics);
  app.use(observe);
  // Each request's own transactions reach its figures through its executor (forRequest).
  const stopCounting = executor.onTransaction((transaction) => metrics?.observeTransaction(transaction));
  let metricsServer: MetricsServer | undefined;
  if (metrics && metricsPort === undefined) {
    app.get("/metrics", metricsHandler(metrics.registry));
  } else if (metrics && metricsPort !== undefined) {
    metricsServer = await startMetricsServer(metrics.registry, host, metricsPort);
  }
  return {
    observe,
    apolloPlugins: [graphqlObserverPlugin()],
    metricsServer,
    async close() {
      stopCounting();
      await metricsServer?.close();
    },
  };
}
