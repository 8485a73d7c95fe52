import type { ApolloServer } from "@apollo/server";
import { inject } from "vitest";

import { loadConfig } from "../../src/config/config.js";
import { buildGraphQLSchema } from "../../src/schema/build-graphql-schema.js";
import { createApolloServer } from "../../src/server/create-apollo-server.js";
import type { RequestContext } from "../../src/server/request-context.js";
import { createRequestContext } from "../../src/server/request-context.js";
import type { TestExecutor } from "./test-database.js";
import { openTestExecutor } from "./test-database.js";

export interface TestServer extends TestExecutor {
  apollo: ApolloServer<RequestContext>;
  /** Runs an operation as a client would and returns `{ data, errors }`. */
  query<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{
    data?: TData | null;
    errors?: ReadonlyArray<{
      message: string;
      extensions?: Record<string, unknown>;
      path?: ReadonlyArray<string | number>;
    }>;
  }>;
}

/** An Apollo Server on the test run's Neo4j (or another one), driven through `executeOperation`. */
export async function startTestServer(uri: string = inject("neo4jUri")): Promise<TestServer> {
  const database = await openTestExecutor(uri);
  const apollo = createApolloServer({
    schema: await buildGraphQLSchema(),
    introspection: true,
    limits: loadConfig({ NODE_ENV: "test" }).limits.operation,
  });
  await apollo.start();
  return {
    ...database,
    apollo,
    async query(query, variables) {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createRequestContext(database.executor) },
      );
      if (response.body.kind !== "single") {
        throw new Error("expected a single result");
      }
      return response.body.singleResult as never;
    },
    async close() {
      await apollo.stop();
      await database.close();
    },
  };
}
