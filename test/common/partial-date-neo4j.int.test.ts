import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { earliestDay, latestDay } from "../../src/claim/temporal-cypher.js";
import { firstDay, formatPartialDate, lastDay } from "../../src/common/partial-date.js";
import { partialDates } from "../support/partial-date-arbitrary.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";

/**
 * The TypeScript ends of a partial date (src/common/partial-date.ts) and the Cypher ones over a
 * stored date (src/claim/temporal-cypher.ts) must be the same days, and Neo4j's `date()` must read
 * every day TypeScript makes: the reported "0999" became "999-12-31", which it cannot.
 */
describe("partial dates in Neo4j", () => {
  let database: TestExecutor;
  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
  });
  afterAll(() => database.close());

  it("has Neo4j read every first and last day, and compute the same ends from the stored date", async () => {
    const sample = fc.sample(partialDates, { numRuns: 1000, seed: 11 });
    const rows = sample.map((parts) => ({
      value: formatPartialDate(parts),
      precision: parts.precision,
      first: firstDay(parts),
      last: lastDay(parts),
    }));
    const answered = await database.executor.read<Record<string, string>>(
      {
        cypher: `UNWIND $rows AS row
          WITH row, date(row.first) AS stored
          RETURN row.value AS value, row.precision AS precision, stored AS first, date(row.last) AS last,
            toString(${earliestDay("stored", "row.precision")}) AS earliest,
            toString(${latestDay("stored", "row.precision")}) AS latest`,
        parameters: { rows },
      },
      { operation: "test: partial dates" },
    );
    expect(answered).toEqual(
      rows.map(({ value, precision, first, last }) => ({
        value,
        precision,
        first,
        last,
        earliest: first,
        latest: last,
      })),
    );
  });
});
