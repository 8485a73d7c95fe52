import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";

import type { AuthConfig } from "../auth/create-authenticator.js";
import { createAuthenticator } from "../auth/create-authenticator.js";
import { mountExplorer } from "../explorer/mount-explorer.js";
import { mountExportRoutes } from "../export/export-routes.js";
import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import type { Observability } from "../observability/observe-http-server.js";
import { observeHttpServer } from "../observability/observe-http-server.js";
import { quietObservability } from "../observability/observability.js";
import { createApolloServer } from "./create-apollo-server.js";
import { createRequestContext } from "./request-context.js";

export interface HttpServerOptions {
  schema: GraphQLSchema;
  executor: CypherExecutor;
  host: string;
  port: number;
  introspection: boolean;
  /** EXPORT_MAX_ELEMENTS: nodes plus relationships in one export. */
  exportMaxElements: number;
  /** Logger and metrics (src/observability); default: silent, /metrics on this port. */
  observability?: Observability;
  /** SHUTDOWN_GRACE_MS: how long `stop` lets requests in flight finish before closing their connections. */
  shutdownGraceMs?: number;
  /** Bearer tokens and whether reads need one; default: reads public, writes need an editor token. */
  auth?: AuthConfig;
}

export interface RunningHttpServer {
  /** e.g. http://127.0.0.1:4000 */
  url: string;
  /** Where /metrics is served when it has a port of its own. */
  metricsUrl: string | undefined;
  /** Stops accepting connections, lets requests in flight finish (within the grace period), then closes. */
  stop(): Promise<void>;
}

/** Express serves /graphql (GraphQL, and the IDE to browsers), /explore, /health and /export/*. */
export async function startHttpServer({
  schema,
  executor,
  host,
  port,
  introspection,
  exportMaxElements,
  observability = quietObservability(),
  shutdownGraceMs = 10_000,
  auth = { readsNeedToken: false },
}: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  const authenticateRequest = createAuthenticator(executor, auth);
  const httpServer = createServer(app);
  app.disable("x-powered-by");
  const observed = await observeHttpServer(app, { executor, observability, host });
  const apollo = createApolloServer({
    schema,
    introspection,
    httpServer,
    plugins: observed.apolloPlugins,
    stopGracePeriodMillis: shutdownGraceMs,
  });
  await apollo.start();

  app.get("/health", async (_request, response) => {
    try {
      await executor.read({ cypher: "RETURN 1" }, { operation: "health" });
      response.json({ status: "ok", database: "up" });
    } catch {
      response.status(503).json({ status: "degraded", database: "down" });
    }
  });
  mountExplorer(app, { graphqlPath: "/graphql", introspection });
  mountExportRoutes(app, { executor, maxElements: exportMaxElements });
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createRequestContext(executor, await authenticateRequest(req.headers.authorization)),
    }),
  );

  await new Promise<void>((resolveListening, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(port, host, () => resolveListening());
  });
  const address = httpServer.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host;
  return {
    url: `http://${shownHost}:${address.port}`,
    metricsUrl: observed.metricsServer?.url,
    async stop() {
      await apollo.stop();
      await observed.close();
    },
  };
}
