import type { Server } from "node:http";

import type { GraphQLSchema } from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";

import type { Authenticator } from "../auth/create-authenticator.js";
import type { Viewer } from "../auth/viewer.js";
import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import { createRequestContext } from "../server/request-context.js";

/**
 * GraphQL subscriptions over WebSocket at `path`, in the graphql-ws protocol (the one Apollo
 * Client and GraphiQL speak), on the service's own HTTP server. The bearer token goes in the
 * connection's `connectionParams.Authorization`; a token the service does not accept (or none,
 * when reads are private) closes the socket with 4403 before any operation runs. Returns what
 * stops it.
 */
export function serveSubscriptions({
  httpServer,
  path,
  schema,
  executor,
  authenticate,
}: {
  httpServer: Server;
  path: string;
  schema: GraphQLSchema;
  executor: CypherExecutor;
  authenticate: Authenticator;
}): () => Promise<void> {
  const sockets = new WebSocketServer({ server: httpServer, path });
  const viewers = new WeakMap<object, Viewer | undefined>();
  const server = useServer(
    {
      schema,
      onConnect: async (connection) => {
        const authorization =
          connection.connectionParams?.Authorization ?? connection.connectionParams?.authorization;
        try {
          viewers.set(
            connection,
            await authenticate(typeof authorization === "string" ? authorization : undefined),
          );
          return true;
        } catch {
          return false;
        }
      },
      context: (connection) => createRequestContext(executor, viewers.get(connection)),
    },
    sockets,
  );
  return async () => {
    await server.dispose();
    sockets.close();
  };
}
