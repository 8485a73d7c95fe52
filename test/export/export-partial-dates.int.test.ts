import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";
import type { JsonExport } from "./export-support.js";
import { exportText, readCsv, readGexf, readGraphml } from "./export-support.js";

const HIT_AND_RUN = toGlobalId("Show", "hit-and-run");
const NETFLIX = toGlobalId("Network", "netflix");
const DEADLINE_REPORT = "deadline-hit-and-run-canceled";

/**
 * Regression (issue 11): an edge's sources gave Deadline's report (September 2021, a month) as
 * `"publishedDate": "2021-09-01"`, an exact day. Every format, and the GraphQL relationship's
 * properties, give a partial date as much as is known: the cancellation and the report are
 * "2021-09".
 */
describe("partial dates in exports keep their precision", () => {
  let server: TestServer;
  const exported = (format: string) =>
    exportText({
      executor: server.executor,
      kind: "neighborhood",
      parameters: { id: HIT_AND_RUN, relationshipTypes: "CANCELED", format },
    });
  const deadlineSource = (sources: unknown) =>
    (sources as Record<string, unknown>[]).find((source) => source.article === DEADLINE_REPORT);

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("gives the cancellation and Deadline's report as months in JSON", async () => {
    const document = JSON.parse(await exported("json")) as JsonExport;
    const [canceled] = document.links.filter((link) => link.source === NETFLIX);
    expect(canceled?.properties).toEqual({ date: "2021-09", datePrecision: "MONTH" });
    expect(deadlineSource(canceled?.sources)).toMatchObject({
      role: "ORIGINAL_REPORT",
      publishedDate: "2021-09",
    });
  });

  it("gives them as months in CSV, GraphML and GEXF", async () => {
    const [csv] = readCsv(await exported("csv-edges"));
    const graphml = readGraphml(await exported("graphml")).edges[0]?.attributes;
    const gexf = readGexf(await exported("gexf")).edges[0]?.attributes;
    for (const attributes of [csv, graphml, gexf]) {
      expect(attributes?.date).toBe("2021-09");
      expect(deadlineSource(JSON.parse(String(attributes?.sources)))?.publishedDate).toBe("2021-09");
    }
  });

  it("gives the relationship's date as a month through GraphQL (the explorer shows these properties)", async () => {
    const result = await server.query<{
      neighborhood: { relationships: { type: string; properties: unknown }[] };
    }>("query ($id: ID!) { neighborhood(id: $id) { relationships { type properties } } }", {
      id: HIT_AND_RUN,
    });
    const canceled = result.data?.neighborhood.relationships.find(
      (relationship) => relationship.type === "CANCELED",
    );
    expect(canceled?.properties).toEqual({ date: "2021-09", datePrecision: "MONTH" });
  });
});
