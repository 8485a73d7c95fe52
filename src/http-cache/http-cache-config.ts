/** How /graphql answers GET queries to caches (src/http-cache/, docs/operations.md "HTTP caching"). */
export interface HttpCacheConfig {
  /**
   * HTTP_CACHE_MAX_AGE (seconds): how long a browser, CDN or proxy may serve a GET answer without
   * asking again. 0 (the default): every repeat is revalidated with If-None-Match, answered 304
   * until a write commits, so no client ever sees a stale answer.
   */
  maxAgeSeconds: number;
  /**
   * GRAPHQL_RESPONSE_CACHE_MB: memory for answers kept in the process, by operation, variables,
   * viewer role and the graph's write version; 0 (the default) keeps none.
   */
  responseCacheBytes: number;
  /** AUTH_READS=token: answers are for the token's holder, so `private` (browsers only) and `Vary: Authorization`. */
  readsArePrivate: boolean;
}

export const NO_HTTP_CACHE: HttpCacheConfig = {
  maxAgeSeconds: 0,
  responseCacheBytes: 0,
  readsArePrivate: false,
};
