import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { TransactionRecord } from "../../src/neo4j/cypher-executor.js";
import { buildGraphQLSchema } from "../../src/schema/build-graphql-schema.js";
import type { RunningHttpServer } from "../../src/server/start-http-server.js";
import { startHttpServer } from "../../src/server/start-http-server.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

/**
 * `neo4j://` against the real Community server, which serves a routing table naming itself as
 * router, reader and writer: the driver routes as it would across a cluster (docs/operations.md,
 * "Neo4j beyond one machine"), so what works here is what a cluster or Aura gets.
 */
describe("the service over a neo4j:// routing URI", { timeout: 120_000 }, () => {
  let database: TestExecutor;
  let server: RunningHttpServer;
  const transactions: TransactionRecord[] = [];

  beforeAll(async () => {
    const routed = inject("neo4jUri").replace(/^bolt:/, "neo4j:");
    expect(routed).toMatch(/^neo4j:\/\/127\.0\.0\.1:\d+$/);
    database = await openTestExecutor(routed);
    database.executor.onTransaction((transaction) => transactions.push(transaction));
    server = await startHttpServer({
      schema: await buildGraphQLSchema(),
      executor: database.executor,
      host: "127.0.0.1",
      port: 0,
      introspection: false,
      exportMaxElements: 1000,
    });
  });
  afterAll(async () => {
    await database.executor.write(
      { cypher: "MATCH (n:RoutingProbe) DETACH DELETE n" },
      { operation: "test: routing clean-up" },
    );
    await server?.stop();
    await database?.close();
  });

  it("gets a routing table from the server with routers, readers and writers", async () => {
    const [table] = await database.executor.read<{
      ttl: number;
      servers: { role: string; addresses: string[] }[];
    }>(
      { cypher: "CALL dbms.routing.getRoutingTable({}, 'neo4j') YIELD ttl, servers RETURN ttl, servers" },
      { operation: "test: routing table" },
    );
    expect(table?.ttl).toBeGreaterThan(0);
    expect(table?.servers.map((server) => server.role).sort()).toEqual(["READ", "ROUTE", "WRITE"]);
  });

  it("answers GraphQL with every transaction a read transaction", async () => {
    transactions.length = 0;
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ show(name: "Hit & Run") { title cast { totalCount } } }' }),
    });
    expect(await response.json()).toEqual({
      data: { show: { title: "Hit & Run", cast: { totalCount: 7 } } },
    });
    expect(transactions.length).toBeGreaterThan(0);
    expect(new Set(transactions.map((transaction) => transaction.mode))).toEqual(new Set(["READ"]));
  });

  it("sends writes to the writer and lets the reads that follow see them (bookmarks)", async () => {
    transactions.length = 0;
    for (let round = 0; round < 5; round += 1) {
      await database.executor.write(
        { cypher: "CREATE (:RoutingProbe {round: $round})", parameters: { round } },
        { operation: "test: routed write" },
      );
      const [row] = await database.executor.read<{ rounds: number }>(
        { cypher: "MATCH (n:RoutingProbe) RETURN count(n) AS rounds" },
        { operation: "test: routed read" },
      );
      expect(row?.rounds).toBe(round + 1);
    }
    expect(transactions.map((transaction) => transaction.mode)).toEqual(
      Array.from({ length: 5 }, () => ["WRITE", "READ"]).flat(),
    );
  });
});
