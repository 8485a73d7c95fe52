import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const COUNT = "query ($filter: ShowFilter) { shows(filter: $filter) { totalCount } }";

/**
 * Regression (issue 11): `premieredAfter: "0999"` answered INTERNAL_SERVER_ERROR, its last day
 * written "999-12-31", which Neo4j's date() cannot read. Every year 1-9999 is a bound now
 * (test/common/partial-date*.test.ts prove the days for all of them).
 */
describe("premiere bounds before the year 1000 and at the ends of the calendar", () => {
  let server: TestServer;
  let premiered: number;
  const count = async (filter: Record<string, string>) => {
    const result = await server.query<{ shows: { totalCount: number } }>(COUNT, { filter });
    expect(result.errors, JSON.stringify(filter)).toBeUndefined();
    return result.data?.shows.totalCount;
  };

  beforeAll(async () => {
    server = await startTestServer();
    const [row] = await server.executor.read<{ premiered: number }>(
      { cypher: "MATCH (s:Show) WHERE s.premiereDate IS NOT NULL RETURN count(s) AS premiered" },
      { operation: "test" },
    );
    premiered = row?.premiered ?? 0;
  });
  afterAll(() => server.close());

  it("reads 0999 as all of the year 999", async () => {
    expect(premiered).toBeGreaterThan(0);
    expect(await count({ premieredAfter: "0999" })).toBe(premiered);
    expect(await count({ premieredAfter: "0999-12" })).toBe(premiered);
    expect(await count({ premieredBefore: "0999" })).toBe(0);
  });

  it("takes the first and the last year of the calendar", async () => {
    expect(await count({ premieredAfter: "0001-01-01" })).toBe(premiered);
    expect(await count({ premieredBefore: "0001" })).toBe(0);
    expect(await count({ premieredAfter: "9999" })).toBe(0);
    expect(await count({ premieredBefore: "9999-12-31" })).toBe(premiered);
  });

  it("refuses the year 0 and days that do not exist, as bad input", async () => {
    for (const filter of [{ premieredAfter: "0000" }, { premieredBefore: "2023-02-29" }]) {
      const result = await server.query(COUNT, { filter });
      expect(result.errors?.map((error) => error.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    }
  });
});
