import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import express from "express";
import type { GraphQLSchema } from "graphql";

import type { AuthConfig } from "../auth/create-authenticator.js";
import { createAuthenticator } from "../auth/create-authenticator.js";
import { serveSubscriptions } from "../editing/serve-subscriptions.js";
import { mountExplorer } from "../explorer/mount-explorer.js";
import { mountExportRoutes } from "../export/export-routes.js";
import type { ExportSlotLimits } from "../export/export-slots.js";
import { DEFAULT_EXPORT_SLOT_LIMITS } from "../export/export-slots.js";
import { mountExtractRoute } from "../review/extract-route.js";
import { mountFactsCheckRoute } from "../review/facts-check-route.js";
import { answerClientErrors } from "../http-errors/client-error.js";
import { refuseMissingHost } from "../http-errors/missing-host.js";
import { GRAPHQL_PATH } from "../http-errors/http-error.js";
import { mountJsonErrors } from "../http-errors/json-error-routes.js";
import type { OperationLimits, RequestLimits } from "../limits/operation-limits.js";
import { DEFAULT_OPERATION_LIMITS, DEFAULT_REQUEST_LIMITS } from "../limits/operation-limits.js";
import type { HttpCacheConfig } from "../http-cache/http-cache-config.js";
import { NO_HTTP_CACHE } from "../http-cache/http-cache-config.js";
import { mountHealthRoutes } from "../health/health-routes.js";
import type { ReadinessSources } from "../health/readiness.js";
import { StartupProgress } from "../health/startup-progress.js";
import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import type { Observability } from "../observability/observe-http-server.js";
import { observeHttpServer } from "../observability/observe-http-server.js";
import { quietObservability } from "../observability/observability.js";
import { requestFiguresOf, transactionCounter } from "../observability/request-figures.js";
import { createApolloServer } from "./create-apollo-server.js";
import { directGraphqlPost } from "./direct-graphql-post.js";
import { graphqlRoute } from "./graphql-route.js";
import { createRequestContext } from "./request-context.js";

export interface HttpServerOptions {
  schema: GraphQLSchema;
  executor: CypherExecutor;
  host: string;
  port: number;
  introspection: boolean;
  /** EXPORT_MAX_ELEMENTS: nodes plus relationships in one export. */
  exportMaxElements: number;
  /** Limits of one operation and of one request to /graphql (src/limits/); default: the defaults. */
  limits?: { operation: OperationLimits; request: RequestLimits };
  /** EXPORT_MAX_CONCURRENT, EXPORT_QUEUE_MAX, EXPORT_QUEUE_TIMEOUT_MS; default: their defaults. */
  exportSlots?: ExportSlotLimits;
  /**
   * What /ready looks at beyond a ping through `executor`: start-up progress (default: finished),
   * the embedded Neo4j's state, and whether the service is draining before it stops.
   */
  readiness?: Partial<Omit<ReadinessSources, "ping">>;
  /** Logger and metrics (src/observability); default: silent, /metrics on this port. */
  observability?: Observability;
  /** SHUTDOWN_GRACE_MS: how long `stop` lets requests in flight finish before closing their connections. */
  shutdownGraceMs?: number;
  /** Bearer tokens and whether reads need one; default: reads public, writes need an editor token. */
  auth?: AuthConfig;
  /** GET queries to caches (src/http-cache/); default: revalidated every time, nothing kept in memory. */
  httpCache?: HttpCacheConfig;
}

export interface RunningHttpServer {
  /** e.g. http://127.0.0.1:4000 */
  url: string;
  /** Where /metrics is served when it has a port of its own. */
  metricsUrl: string | undefined;
  /** Stops accepting connections, lets requests in flight finish (within the grace period), then closes. */
  stop(): Promise<void>;
}

/** Express serves /graphql (GraphQL, and the IDE to browsers), /explore, /review, /extract, /facts/check, /health, /ready and /export/*. */
export async function startHttpServer({
  schema,
  executor,
  host,
  port,
  introspection,
  exportMaxElements,
  limits = { operation: DEFAULT_OPERATION_LIMITS, request: DEFAULT_REQUEST_LIMITS },
  exportSlots = DEFAULT_EXPORT_SLOT_LIMITS,
  readiness = {},
  observability = quietObservability(),
  shutdownGraceMs = 10_000,
  auth = { readsNeedToken: false },
  httpCache = { ...NO_HTTP_CACHE, readsArePrivate: auth.readsNeedToken },
}: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  const authenticateRequest = createAuthenticator(executor, auth);
  // Node's Host check answers with an empty body; refuseMissingHost answers the same in JSON.
  // The app answers until the direct GraphQL path is ready (below).
  let listener: (request: IncomingMessage, response: ServerResponse) => void = app;
  const httpServer = createServer({ requireHostHeader: false }, (request, response) =>
    listener(request, response),
  );
  answerClientErrors(httpServer);
  app.disable("x-powered-by");
  // First: every request gets its id, its log line and its metrics, whatever answers it.
  const observed = await observeHttpServer(app, { executor, observability, host });
  const apollo = createApolloServer({
    schema,
    introspection,
    limits: limits.operation,
    httpServer,
    plugins: observed.apolloPlugins,
    stopGracePeriodMillis: shutdownGraceMs,
    httpCache,
  });
  await apollo.start();

  // Every answer, pages and errors alike: browsers must not guess a JSON error into HTML.
  const setCommonHeaders = (response: ServerResponse) => {
    response.setHeader("X-Content-Type-Options", "nosniff");
    // While draining, clients on keep-alive connections reconnect, and so reach another replica.
    if (readiness.draining?.started) {
      response.setHeader("Connection", "close");
    }
  };
  app.use((_request, response, next) => {
    setCommonHeaders(response);
    next();
  });
  const parseJson = express.json({ limit: "1mb" });
  const answerGraphql = graphqlRoute({
    apollo,
    limits: limits.request,
    context: async (request, deadline, bookmarks) => {
      const figures = requestFiguresOf(request);
      const requestExecutor = executor.forRequest(deadline, bookmarks, transactionCounter(figures));
      return createRequestContext(requestExecutor, {
        viewer: await authenticateRequest(request.headers.authorization, requestExecutor),
        figures,
      });
    },
  });
  app.use(refuseMissingHost);
  mountHealthRoutes(app, {
    ping: () => executor.ping(),
    progress: readiness.progress ?? StartupProgress.finished(),
    embeddedState: readiness.embeddedState,
    draining: readiness.draining,
  });
  mountExplorer(app, { graphqlPath: GRAPHQL_PATH, introspection });
  mountExportRoutes(app, { executor, maxElements: exportMaxElements, slots: exportSlots });
  mountExtractRoute(app);
  mountFactsCheckRoute(app);
  app.use(GRAPHQL_PATH, parseJson, answerGraphql);
  mountJsonErrors(app);
  // POST /graphql, nearly all the traffic, is served without Express (direct-graphql-post.ts).
  listener = directGraphqlPost({
    observe: observed.observe,
    setCommonHeaders,
    parseJson,
    graphql: answerGraphql,
    app,
  });

  await new Promise<void>((resolveListening, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => resolveListening());
  });
  const stopSubscriptions = serveSubscriptions({
    httpServer,
    path: "/graphql",
    schema,
    executor,
    authenticate: authenticateRequest,
  });
  const address = httpServer.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    metricsUrl: observed.metricsServer?.url,
    async stop() {
      await stopSubscriptions();
      await apollo.stop();
      await observed.close();
    },
  };
}
