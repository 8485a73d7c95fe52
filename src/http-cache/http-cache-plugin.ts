import type { ApolloServerPlugin, GraphQLRequestListener } from "@apollo/server";
import { HeaderMap } from "@apollo/server";

import { readGraphVersion } from "../neo4j/graph-version.js";
import type { RequestContext } from "../server/request-context.js";
import type { GraphValidator } from "./graph-validator.js";
import { graphValidator, ifNoneMatchHits } from "./graph-validator.js";
import type { HttpCacheConfig } from "./http-cache-config.js";
import { ResponseCache } from "./response-cache.js";

const UNCACHEABLE = "no-store";

/**
 * HTTP caching of /graphql (issue 12, item 6). A GET query reads the graph's write version
 * (src/neo4j/graph-version.ts) in the request's own read transaction, after validation and the
 * limits: one small statement, in the same snapshot as the answer. Its answer then carries an
 * ETag made from that version and the request, and `Cache-Control: public` (`private` with
 * AUTH_READS=token) `max-age=HTTP_CACHE_MAX_AGE, must-revalidate`; an If-None-Match naming the
 * current ETag is answered 304 without running the query, and, with GRAPHQL_RESPONSE_CACHE_MB,
 * a repeat is answered from memory. Everything else is `no-store`: POST (a mutation, or a query
 * a cache cannot key), and any answer with errors (a timeout or an unavailable database must not
 * be kept).
 */
export function httpCachePlugin(config: HttpCacheConfig): ApolloServerPlugin<RequestContext> {
  const answers = config.responseCacheBytes > 0 ? new ResponseCache(config.responseCacheBytes) : undefined;
  const cacheControl = `${config.readsArePrivate ? "private" : "public"}, max-age=${config.maxAgeSeconds}, must-revalidate`;
  const uncacheable: GraphQLRequestListener<RequestContext> = {
    willSendResponse({ response }) {
      response.http.headers.set("cache-control", UNCACHEABLE);
      return Promise.resolve();
    },
  };
  return {
    requestDidStart({ request }) {
      if (request.http?.method !== "GET") {
        return Promise.resolve(uncacheable);
      }
      let validator: GraphValidator | undefined;
      let fromMemory = false;
      return Promise.resolve({
        async didResolveOperation({ operation, contextValue }) {
          // Apollo refuses anything but a query over GET; the check keeps that true here too.
          if (operation?.operation === "query") {
            const version = await readGraphVersion(contextValue.reads);
            validator = graphValidator(version, contextValue.viewer?.role ?? "anonymous", request);
          }
        },
        responseForOperation({ request: { http } }) {
          if (!validator) {
            return Promise.resolve(null);
          }
          if (ifNoneMatchHits(http?.headers.get("if-none-match"), validator.etag)) {
            return Promise.resolve({
              http: { status: 304, headers: new HeaderMap() },
              body: { kind: "single", singleResult: {} },
            });
          }
          const answer = answers?.get(validator.key);
          fromMemory = answer !== undefined;
          return Promise.resolve(
            answer
              ? { http: { headers: new HeaderMap() }, body: { kind: "single", singleResult: answer } }
              : null,
          );
        },
        willSendResponse({ response }) {
          const { body, http } = response;
          const clean = body.kind === "single" && body.singleResult.errors === undefined;
          if (!validator || !clean || (http.status ?? 200) > 304) {
            http.headers.set("cache-control", UNCACHEABLE);
            return Promise.resolve();
          }
          http.headers.set("etag", validator.etag);
          http.headers.set("cache-control", cacheControl);
          if (config.readsArePrivate) {
            http.headers.set("vary", "authorization");
          }
          if (answers && !fromMemory && http.status !== 304 && body.kind === "single") {
            answers.set(validator.key, body.singleResult);
          }
          return Promise.resolve();
        },
      });
    },
  };
}
