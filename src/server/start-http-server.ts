import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

import express from "express";
import type { GraphQLSchema } from "graphql";

import type { AuthConfig } from "../auth/create-authenticator.js";
import { createAuthenticator } from "../auth/create-authenticator.js";
import { serveSubscriptions } from "../editing/serve-subscriptions.js";
import { mountExplorer } from "../explorer/mount-explorer.js";
import { mountExportRoutes } from "../export/export-routes.js";
import { answerClientErrors } from "../http-errors/client-error.js";
import { refuseMissingHost } from "../http-errors/missing-host.js";
import { GRAPHQL_PATH } from "../http-errors/http-error.js";
import { mountJsonErrors } from "../http-errors/json-error-routes.js";
import type { OperationLimits, RequestLimits } from "../limits/operation-limits.js";
import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import { createApolloServer } from "./create-apollo-server.js";
import { graphqlRoute } from "./graphql-route.js";

export interface HttpServerOptions {
  schema: GraphQLSchema;
  executor: CypherExecutor;
  host: string;
  port: number;
  introspection: boolean;
  /** EXPORT_MAX_ELEMENTS: nodes plus relationships in one export. */
  exportMaxElements: number;
  /** Limits of one operation and of one request to /graphql (src/limits/). */
  limits: { operation: OperationLimits; request: RequestLimits };
  /** Bearer tokens and whether reads need one; default: reads public, writes need an editor token. */
  auth?: AuthConfig;
}

export interface RunningHttpServer {
  /** e.g. http://127.0.0.1:4000 */
  url: string;
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
  limits,
  auth = { readsNeedToken: false },
}: HttpServerOptions): Promise<RunningHttpServer> {
  const app = express();
  const authenticateRequest = createAuthenticator(executor, auth);
  // Node's Host check answers with an empty body; refuseMissingHost answers the same in JSON.
  const httpServer = createServer({ requireHostHeader: false }, app);
  answerClientErrors(httpServer);
  const apollo = createApolloServer({ schema, introspection, limits: limits.operation, httpServer });
  await apollo.start();

  app.disable("x-powered-by");
  // Every answer, pages and errors alike: browsers must not guess a JSON error into HTML.
  app.use((_request, response, next) => {
    response.setHeader("X-Content-Type-Options", "nosniff");
    next();
  });
  app.use(refuseMissingHost);
  app.get("/health", async (_request, response) => {
    try {
      await executor.read({ cypher: "RETURN 1" }, { operation: "health" });
      response.json({ status: "ok", database: "up" });
    } catch {
      response.status(503).json({ status: "degraded", database: "down" });
    }
  });
  mountExplorer(app, { graphqlPath: GRAPHQL_PATH, introspection });
  mountExportRoutes(app, { executor, maxElements: exportMaxElements });
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: "1mb" }),
    graphqlRoute({ apollo, executor, limits: limits.request, authenticate: authenticateRequest }),
  );
  mountJsonErrors(app);

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
    stop: async () => {
      await stopSubscriptions();
      await apollo.stop();
    },
  };
}
