import type { Server } from "node:http";

import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";

import type { HttpCacheConfig } from "../http-cache/http-cache-config.js";
import { NO_HTTP_CACHE } from "../http-cache/http-cache-config.js";
import { httpCachePlugin } from "../http-cache/http-cache-plugin.js";
import type { OperationLimits } from "../limits/operation-limits.js";
import { operationLimitsPlugin } from "../limits/operation-limits-plugin.js";
import { operationShapeRules } from "../limits/operation-shape-rules.js";
import { formatError } from "./format-error.js";
import { KnownOperationTypesRule } from "./known-operation-types-rule.js";
import type { RequestContext } from "./request-context.js";
import { requestTransactionPlugin } from "./request-transaction.plugin.js";

export interface ApolloServerOptions {
  schema: GraphQLSchema;
  introspection: boolean;
  /** Checked before an operation runs; over any, QUERY_TOO_COMPLEX (src/limits/). */
  limits: OperationLimits;
  /** Lets in-flight requests finish before the HTTP server closes. */
  httpServer?: Server;
  /** How long stopping waits for requests in flight before closing their connections (SHUTDOWN_GRACE_MS). */
  stopGracePeriodMillis?: number;
  /** More plugins, such as logging and metrics (src/observability). */
  plugins?: ApolloServerPlugin<RequestContext>[];
  /** Cache-Control, ETag and 304 for GET queries, and the in-process answer cache (src/http-cache/). */
  httpCache?: HttpCacheConfig;
}

export function createApolloServer({
  schema,
  introspection,
  limits,
  httpServer,
  stopGracePeriodMillis,
  plugins = [],
  httpCache = NO_HTTP_CACHE,
}: ApolloServerOptions): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    introspection,
    // Without introspection the schema is not public: no "Did you mean ...?" in validation errors.
    hideSchemaDetailsFromClientErrors: !introspection,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...operationShapeRules(limits), KnownOperationTypesRule],
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts stops the HTTP server, the driver and the embedded Neo4j in that order on SIGINT and
    // SIGTERM. Apollo's own handlers would race it and re-raise the signal into our handler, which
    // left the process waiting forever outside tests (Apollo registers them unless NODE_ENV=test).
    stopOnTerminationSignals: false,
    plugins: [
      // Apollo's default landing page loads from a CDN; the service must work offline.
      ApolloServerPluginLandingPageDisabled(),
      operationLimitsPlugin(limits),
      requestTransactionPlugin,
      // After requestTransactionPlugin: the graph version is read in the transaction it named.
      httpCachePlugin(httpCache),
      // httpCachePlugin writes every Cache-Control header. Apollo's cache-control plugin (installed
      // unless disabled) would overwrite it with no-store, and it wraps every field's resolver in a
      // willResolveField hook to gather @cacheControl hints that this schema does not have.
      ApolloServerPluginCacheControlDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis })] : []),
      ...plugins,
    ],
  });
}
