import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { ErrorCode } from "../../src/errors/error-code.js";
import { RequestDeadline } from "../../src/limits/request-deadline.js";
import { CypherExecutor } from "../../src/neo4j/cypher-executor.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

describe("the Cypher executor", () => {
  let database: TestExecutor;
  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
  });
  afterAll(() => database.close());

  it("returns plain values: numbers for integers, ISO strings for dates", async () => {
    const rows = await database.executor.read(
      { cypher: "RETURN 42 AS answer, date('2021-09-01') AS day, [1, 2] AS list, {a: 1} AS map" },
      { operation: "test" },
    );
    expect(rows).toEqual([{ answer: 42, day: "2021-09-01", list: [1, 2], map: { a: 1 } }]);
  });

  it("sends transaction metadata that names the operation", async () => {
    const [row] = await database.executor.read<{ metaData: Record<string, unknown> }>(
      {
        cypher:
          "SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE currentQuery STARTS WITH 'SHOW' RETURN metaData",
      },
      { operation: "test: metadata" },
    );
    expect(row?.metaData).toEqual({ app: "showgraph", operation: "test: metadata" });
  });

  it("maps a timed-out query to DATABASE_TIMEOUT, without Neo4j's words", async () => {
    const attempt = database.executor.read(
      { cypher: "UNWIND range(1, 100000000) AS x RETURN count(x)" },
      { operation: "test: timeout", timeoutMs: 50 },
    );
    await expect(attempt).rejects.toMatchObject({
      message: "The query took too long and was stopped.",
      extensions: { code: ErrorCode.DATABASE_TIMEOUT },
    });
  });

  it("hides a failing statement behind INTERNAL_SERVER_ERROR", async () => {
    const attempt = database.executor.read({ cypher: "RETURN nonsense(" }, { operation: "test: syntax" });
    await expect(attempt).rejects.toMatchObject({
      message: "Something went wrong on our side.",
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
  });

  it("maps an unreachable database to DATABASE_UNAVAILABLE", async () => {
    const driver = neo4j.driver("bolt://127.0.0.1:1", neo4j.auth.basic("neo4j", ""), {
      connectionAcquisitionTimeout: 2_000,
      maxTransactionRetryTime: 1_000,
    });
    const executor = new CypherExecutor({ driver, database: "neo4j", queryTimeoutMs: 2_000 });
    try {
      await expect(executor.read({ cypher: "RETURN 1" }, { operation: "test: down" })).rejects.toMatchObject({
        extensions: { code: ErrorCode.DATABASE_UNAVAILABLE },
      });
    } finally {
      await driver.close();
    }
  });

  it("answers DATABASE_UNAVAILABLE without a round trip while it knows the database is away", async () => {
    // As while the embedded JVM restarts (app/open-database.ts): the driver is never asked.
    let away = true;
    const sessions: string[] = [];
    const counted = new Proxy(database.driver, {
      get: (driver, property) =>
        property === "session"
          ? (...args: Parameters<typeof driver.session>) => {
              sessions.push("session");
              return driver.session(...args);
            }
          : Reflect.get(driver, property, driver),
    });
    const executor = new CypherExecutor({
      driver: counted,
      database: "neo4j",
      queryTimeoutMs: 2_000,
      onStatement: () => sessions.push("statement"),
      databaseAway: () => away,
    });
    const unavailable = { extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } };
    const statement = { cypher: "RETURN 1 AS one" };
    const options = { operation: "test: away" };
    const transaction = executor.beginRead(options);
    await expect(executor.read(statement, options)).rejects.toMatchObject(unavailable);
    await expect(executor.write(statement, options)).rejects.toMatchObject(unavailable);
    await expect(transaction.run(statement)).rejects.toMatchObject(unavailable);
    await expect(
      executor.forRequest(new RequestDeadline(10_000)).read(statement, options),
    ).rejects.toMatchObject(unavailable);
    expect(() => executor.throwIfDatabaseAway()).toThrow(/database is unavailable/);
    await transaction.close();
    // No statement sent; the one session is beginRead's, which connects only on a first statement.
    expect(sessions).toEqual(["session"]);

    away = false;
    expect(await executor.read(statement, options)).toEqual([{ one: 1 }]);
  });

  it("rolls back every statement of writeAll when one fails", async () => {
    const attempt = database.executor.writeAll(
      [{ cypher: "CREATE (:FixtureRollback {id: 1})" }, { cypher: "RETURN nonsense(" }],
      { operation: "test: rollback" },
    );
    await expect(attempt).rejects.toThrow();
    const rows = await database.executor.read(
      { cypher: "MATCH (n:FixtureRollback) RETURN n" },
      { operation: "test" },
    );
    expect(rows).toEqual([]);
  });
});
