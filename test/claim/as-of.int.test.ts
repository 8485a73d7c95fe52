import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TestServer } from "../support/test-server.js";
import { startTestServer } from "../support/test-server.js";

const STATUS_AS_KNOWN = `query StatusAsKnown($knownOn: LocalDate!) {
  show(name: "Hit & Run") {
    facts(predicates: ["status"], knownOn: $knownOn) { value }
    evidence(predicate: "status", knownOn: $knownOn) {
      value validFrom { value precision } validTo { value precision } knownFrom { value precision } knownFromBasis
    }
  }
}`;

const RUNNING_AS_KNOWN_IN_AUGUST = {
  value: "RUNNING",
  validFrom: { value: "2021-08", precision: "MONTH" },
  validTo: null,
  knownFrom: { value: "2021-08", precision: "MONTH" },
  knownFromBasis: "PUBLIC_EVENT",
};

describe("as known on a day, as it was on a day", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("knows on 2021-08-31 that Hit & Run is running, and nothing yet of its end", async () => {
    expect(await server.query(STATUS_AS_KNOWN, { knownOn: "2021-08-31" })).toEqual({
      data: { show: { facts: [{ value: "RUNNING" }], evidence: [RUNNING_AS_KNOWN_IN_AUGUST] } },
    });
  });

  it("knows on 2021-10-01 that it was canceled in September 2021, as Deadline reported", async () => {
    expect(await server.query(STATUS_AS_KNOWN, { knownOn: "2021-10-01" })).toEqual({
      data: {
        show: {
          facts: [{ value: "CANCELED" }],
          evidence: [
            {
              value: "CANCELED",
              validFrom: { value: "2021-09", precision: "MONTH" },
              validTo: null,
              knownFrom: { value: "2021-09", precision: "MONTH" },
              knownFromBasis: "CITED_REPORT",
            },
            { ...RUNNING_AS_KNOWN_IN_AUGUST, validTo: { value: "2021-09", precision: "MONTH" } },
          ],
        },
      },
    });
  });

  it("does not count a report of September 2021 as known by 2021-09-15: a month is not a day", async () => {
    const result = await server.query<{ show: { facts: unknown } }>(STATUS_AS_KNOWN, {
      knownOn: "2021-09-15",
    });
    expect(result.data?.show.facts).toEqual([{ value: "RUNNING" }]);
  });

  it("knew nothing of the show's status before its premiere", async () => {
    expect(await server.query(STATUS_AS_KNOWN, { knownOn: "2021-07-31" })).toEqual({
      data: { show: { facts: [], evidence: [] } },
    });
  });

  it("answers the whole operation as known on the day of @asOf, field arguments winning", async () => {
    const result = await server.query(`query @asOf(knownOn: "2021-08-31") {
      show(name: "Hit & Run") {
        status
        known: facts(predicates: ["status"]) { value }
        later: facts(predicates: ["status"], knownOn: "2021-10-01") { value }
        cast(first: 1) { nodes { evidence { predicate } } }
      }
    }`);
    expect(result).toEqual({
      data: {
        show: {
          // Ordinary fields show the graph as it is now; provenance fields follow @asOf.
          status: "CANCELED",
          known: [{ value: "RUNNING" }],
          later: [{ value: "CANCELED" }],
          // The cast rests only on the undated fan article: not known on any given day.
          cast: { nodes: [{ evidence: [] }] },
        },
      },
    });
  });

  it("lists what the graph knew on a day: the premiere, and general knowledge", async () => {
    const result = await server.query<{ claims: { nodes: { displayName: string }[] } }>(`{
      claims(knownOn: "2021-08-31", first: 100) { nodes { displayName knownFromBasis } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.claims.nodes).toEqual([
      { displayName: "claim/netflix/carries/hit-and-run", knownFromBasis: "PUBLIC_EVENT" },
      { displayName: "claim/new-york/within/united-states", knownFromBasis: "GENERAL_KNOWLEDGE" },
      { displayName: "claim/tel-aviv/within/israel", knownFromBasis: "GENERAL_KNOWLEDGE" },
      { displayName: "claim/israel/country-code/il", knownFromBasis: "GENERAL_KNOWLEDGE" },
      { displayName: "claim/new-york/country-code/us", knownFromBasis: "GENERAL_KNOWLEDGE" },
      { displayName: "claim/tel-aviv/country-code/il", knownFromBasis: "GENERAL_KNOWLEDGE" },
      { displayName: "claim/united-states/country-code/us", knownFromBasis: "GENERAL_KNOWLEDGE" },
      { displayName: "claim/israel/kind/country", knownFromBasis: "GENERAL_KNOWLEDGE" },
      { displayName: "claim/netflix/kind/streamer", knownFromBasis: "GENERAL_KNOWLEDGE" },
      { displayName: "claim/new-york/kind/city", knownFromBasis: "GENERAL_KNOWLEDGE" },
      { displayName: "claim/tel-aviv/kind/city", knownFromBasis: "GENERAL_KNOWLEDGE" },
      { displayName: "claim/united-states/kind/country", knownFromBasis: "GENERAL_KNOWLEDGE" },
      { displayName: "claim/deadline-hit-and-run-canceled/language/en", knownFromBasis: "GENERAL_KNOWLEDGE" },
      { displayName: "claim/hit-and-run/premiere-date/2021-08", knownFromBasis: "PUBLIC_EVENT" },
      { displayName: "claim/hit-and-run/season-1/premiere-date/2021-08", knownFromBasis: "PUBLIC_EVENT" },
      { displayName: "claim/hit-and-run/status/running", knownFromBasis: "PUBLIC_EVENT" },
    ]);
  });

  it("answers as things were on a day, from valid time", async () => {
    const query = `query StatusOn($validOn: LocalDate!) {
      show(name: "Hit & Run") { facts(predicates: ["status"], validOn: $validOn) { value } }
    }`;
    const statusOn = async (validOn: string) =>
      (
        (await server.query<{ show: { facts: { value: string }[] } }>(query, { validOn })).data?.show.facts ??
        []
      ).map((fact) => fact.value);
    expect(await statusOn("2021-08-31")).toEqual(["RUNNING"]);
    expect(await statusOn("2021-10-01")).toEqual(["CANCELED"]);
    // Canceled some day in September 2021: on the 15th neither status is certain.
    expect(await statusOn("2021-09-15")).toEqual([]);
    expect(await statusOn("2021-07-15")).toEqual([]);
  });

  it("rejects a day that is not a calendar date", async () => {
    const result = await server.query(`{ claims(knownOn: "2021-09") { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
