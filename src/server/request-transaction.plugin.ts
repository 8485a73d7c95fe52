import type { ApolloServerPlugin } from "@apollo/server";

import type { RequestContext } from "./request-context.js";

/**
 * Names each request's read transaction after its GraphQL operation (metadata `operation`, seen
 * in `SHOW TRANSACTIONS` and the query log) before any resolver reads, and ends it once the
 * response is complete: on success, on errors in any field, and when parsing or validation
 * failed (then no transaction was opened and there is nothing to end). Apollo calls
 * `willSendResponse` on every one of those paths.
 */
export const requestTransactionPlugin: ApolloServerPlugin<RequestContext> = {
  requestDidStart() {
    return Promise.resolve({
      didResolveOperation({ contextValue, operationName, operation }) {
        contextValue.reads.configure({
          operation: `graphql ${operationName ?? operation?.operation ?? "operation"}`,
        });
        return Promise.resolve();
      },
      willSendResponse({ contextValue }) {
        return contextValue.reads.finish();
      },
    });
  },
};
