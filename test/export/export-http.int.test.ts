import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import { buildGraphQLSchema } from "../../src/schema/build-graphql-schema.js";
import type { RunningHttpServer } from "../../src/server/start-http-server.js";
import { loadConfig } from "../../src/config/config.js";
import { startHttpServer } from "../../src/server/start-http-server.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";
import { FIXTURE, createExportFixtures, globalId, removeExportFixtures } from "./export-fixtures.js";
import type { JsonExport } from "./export-support.js";
import { readCsv, readGexf, readGraphml } from "./export-support.js";

const SHOW = globalId(FIXTURE.show);
const LIOR_RAZ = toGlobalId("Person", "lior-raz");

/** The fixture's neighbourhood has 8 elements; the limit of this server is just below what the seed's "all" needs. */
const MAX_ELEMENTS = 10;

describe("GET /export/*", { timeout: 180_000 }, () => {
  let database: TestExecutor;
  let server: RunningHttpServer;
  let bigServer: RunningHttpServer;
  const get = (path: string, on: RunningHttpServer = server) => fetch(`${on.url}${path}`);

  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
    await removeExportFixtures(database.executor);
    await createExportFixtures(database.executor);
    const schema = await buildGraphQLSchema();
    const options = {
      schema,
      executor: database.executor,
      host: "127.0.0.1",
      port: 0,
      introspection: false,
      limits: loadConfig({ NODE_ENV: "test" }).limits,
    };
    server = await startHttpServer({ ...options, exportMaxElements: MAX_ELEMENTS });
    bigServer = await startHttpServer({ ...options, exportMaxElements: 50_000 });
  });
  afterAll(async () => {
    await server.stop();
    await bigServer.stop();
    await removeExportFixtures(database.executor);
    await database.close();
  });

  it.each([
    ["json", "application/json; charset=utf-8", ".json"],
    ["csv-nodes", "text/csv; charset=utf-8; header=present", "-nodes.csv"],
    ["csv-edges", "text/csv; charset=utf-8; header=present", "-edges.csv"],
    ["graphml", "application/graphml+xml; charset=utf-8", ".graphml"],
    ["gexf", "application/gexf+xml; charset=utf-8", ".gexf"],
  ])("serves %s with its content type and a file name", async (format, contentType, suffix) => {
    const response = await get(`/export/neighborhood?id=${SHOW}&depth=2&format=${format}&knownOn=2015-06-01`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(contentType);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="showgraph-neighborhood-fixture-export-fauda-known-on-2015-06-01${suffix}"`,
    );
    expect(response.headers.get("showgraph-truncated")).toBe("false");
    expect((await response.text()).length).toBeGreaterThan(0);
  });

  it("says in a header when a neighbourhood was cut at its limit (CSV has nowhere else to say it)", async () => {
    const response = await get(`/export/neighborhood?id=${SHOW}&depth=2&limit=2&format=csv-nodes`);
    expect(response.status).toBe(200);
    expect(response.headers.get("showgraph-truncated")).toBe("true");
    await response.text();
  });

  it("exports a seed neighbourhood with the article's quote on the edge", async () => {
    const response = await get(`/export/neighborhood?id=${LIOR_RAZ}&format=json`);
    const document = (await response.json()) as JsonExport;
    expect(document.nodes.map((node) => node.label)).toEqual(["Lior Raz", "Segev Azulai"]);
    expect(document.links).toEqual([
      {
        id: expect.any(String),
        type: "PLAYS",
        source: LIOR_RAZ,
        target: toGlobalId("Character", "hit-and-run/segev-azulai"),
        properties: { billingOrder: 1, seasons: [1] },
        validFrom: null,
        validTo: null,
        sources: [
          {
            claim: "claim/lior-raz/plays/hit-and-run/segev-azulai",
            role: "SUPPORTS",
            article: "hit-and-run-season-2-release",
            title: "When will Hit & Run Season 2 be released? Here’s the Official News From Netflix",
            url: null,
            publishedDate: null,
            outlet: null,
            quote: "Lior Raz as Segev Azulai",
            start: 2245,
            end: 2269,
          },
        ],
      },
    ]);
  });

  it("replays the seed's story on GEXF's timeline: Netflix carries Hit & Run from August 2021, cancels it in September", async () => {
    const hitAndRun = toGlobalId("Show", "hit-and-run");
    const netflix = toGlobalId("Network", "netflix");
    const path = `/export/neighborhood?id=${hitAndRun}&relationshipTypes=CARRIES,CANCELED`;
    const gexf = readGexf(await (await get(`${path}&format=gexf`, bigServer)).text());
    const spells = gexf.edges
      .filter((edge) => edge.source === netflix && edge.target === hitAndRun)
      .map((edge) => [edge.attributes.label, ...gexf.spells.get(edge.id)!])
      .sort();
    expect(spells).toEqual([
      ["CANCELED", "2021-09-01", null],
      ["CARRIES", "2021-08-01", null],
    ]);
    // At the end of August 2021 the cancellation was not known yet.
    const known = (await (await get(`${path}&knownOn=2021-08-31`, bigServer)).json()) as JsonExport;
    expect(known.links.filter((link) => link.target === hitAndRun).map((link) => link.type)).toEqual([
      "CARRIES",
    ]);
  });

  it("streams everything in every format, each read back to the same graph as the database holds", async () => {
    const [counted] = await database.executor.read<{ nodes: number; relationships: number }>(
      {
        cypher: `MATCH (n) WHERE n:Show OR n:Person OR n:Character
          RETURN count(n) AS nodes,
            sum(COUNT { MATCH (n)-[]->(m) WHERE m:Show OR m:Person OR m:Character }) AS relationships`,
      },
      { operation: "test" },
    );
    const all = (format: string) =>
      get(`/export/all?types=Show,Person,Character&format=${format}`, bigServer);

    const gexfResponse = await all("gexf");
    // No Content-Length: the document is written as it is read.
    expect(gexfResponse.headers.get("transfer-encoding")).toBe("chunked");
    const gexf = readGexf(await gexfResponse.text());
    const graphml = readGraphml(await (await all("graphml")).text());
    const nodes = readCsv(await (await all("csv-nodes")).text());
    const edges = readCsv(await (await all("csv-edges")).text());
    const json = (await (await all("json")).json()) as JsonExport;

    expect({ nodes: json.nodes.length, relationships: json.links.length }).toEqual(counted);
    const nodeIds = json.nodes.map((node) => node.id);
    const edgeIds = json.links.map((link) => link.id);
    expect(gexf.nodes.map((node) => node.id)).toEqual(nodeIds);
    expect(graphml.nodes.map((node) => node.id)).toEqual(nodeIds);
    expect(nodes.map((node) => node.id)).toEqual(nodeIds);
    expect(gexf.edges.map((edge) => edge.id)).toEqual(edgeIds);
    expect(graphml.edges.map((edge) => edge.id)).toEqual(edgeIds);
    expect(edges.map((edge) => edge.id)).toEqual(edgeIds);
    expect(nodes.find((node) => node.key === FIXTURE.yamada.key)?.label).toBe(FIXTURE.yamada.name);
    expect(graphml.nodes.find((node) => node.id === SHOW)?.attributes.title).toBe(FIXTURE.show.title);
  });

  it("refuses an export over EXPORT_MAX_ELEMENTS with 413 and EXPORT_TOO_LARGE", async () => {
    const response = await get("/export/all?format=gexf");
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("EXPORT_TOO_LARGE");
    expect(body.error.message).toMatch(/over the limit of 10 \(EXPORT_MAX_ELEMENTS\)/);
  });

  it.each([
    ["/export/neighborhood?format=json", "id: is required"],
    [`/export/neighborhood?id=${SHOW}&depth=4`, "depth must be between 1 and 3 (got 4)"],
    [`/export/neighborhood?id=${SHOW}&depth=two`, 'depth: must be a whole number from 1 to 3 (got "two")'],
    [
      `/export/neighborhood?id=${SHOW}&format=xlsx`,
      "format: must be one of json, csv-nodes, csv-edges, graphml, gexf",
    ],
    [
      `/export/neighborhood?id=${SHOW}&knownOn=2021-02-30`,
      'knownOn: must be a calendar date YYYY-MM-DD (got "2021-02-30")',
    ],
    [`/export/neighborhood?id=${SHOW}&types=Claim`, 'types: "Claim" is not a type that can be exported'],
    [`/export/neighborhood?id=${SHOW}&relationshipTypes=PLAYS%60%20DELETE`, "relationshipTypes:"],
    [`/export/neighborhood?id=${SHOW}&id=${SHOW}`, "id: give it once, as text"],
    [`/export/all?depth=2`, "depth: is not a parameter of this export"],
    ["/export/neighborhood?id=not*an*id", 'id: "not*an*id" is not a valid ID'],
    ["/export/path?from=x", "to: is required"],
  ])("answers %s with 400 BAD_USER_INPUT", async (path, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("BAD_USER_INPUT");
    expect(body.error.message).toContain(message);
  });

  it("answers an unknown node with 404 NOT_FOUND", async () => {
    const missing = toGlobalId("Person", "fixture-export-nobody");
    const response = await get(`/export/path?from=${SHOW}&to=${missing}`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { code: "NOT_FOUND", message: `No node has the ID "${missing}" given as to`, argument: "to" },
    });
  });
});
