import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";

import { ShowgraphError } from "../errors/showgraph-error.js";
import type { RequestFigures } from "./request-figures.js";

/**
 * Gives the request's figures its GraphQL operation name and the codes of the errors the client
 * is sent, and logs every error once with its cause: a client's mistake at debug, a mapped
 * database failure at warn with the driver's error, anything unexpected at error with its stack.
 * Nothing of it reaches the client (formatError decides what they see).
 */
export function graphqlObserverPlugin(): ApolloServerPlugin<{ figures?: RequestFigures }> {
  return {
    async requestDidStart({ contextValue }) {
      const figures = contextValue.figures;
      if (!figures) {
        return {};
      }
      return {
        async didResolveOperation({ operationName }) {
          figures.operationName = operationName ?? "anonymous";
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const code = error.extensions.code;
            const fields = { code, path: error.path?.join(".") };
            if (original instanceof ShowgraphError) {
              const cause = original.originalError;
              if (cause) {
                figures.logger.warn({ ...fields, err: cause }, original.message);
              } else {
                figures.logger.debug(fields, original.message);
              }
            } else if (typeof code === "string") {
              figures.logger.debug(fields, error.message);
            } else {
              figures.logger.error({ ...fields, err: original }, "Unexpected error while resolving");
            }
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind === "single") {
            for (const error of response.body.singleResult.errors ?? []) {
              figures.errorCodes.add(String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
            }
          }
        },
      };
    },
  };
}
