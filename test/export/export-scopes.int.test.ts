import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { toGlobalId } from "../../src/common/global-id.js";
import { openExport } from "../../src/export/open-export.js";
import { domainLabels } from "../../src/graph/registered-labels.js";
import { parseExportRequest } from "../../src/export/parse-export-request.js";
import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";
import { FIXTURE, createExportFixtures, globalId, removeExportFixtures } from "./export-fixtures.js";
import type { JsonExport } from "./export-support.js";
import { exportText, readGexf, readGraphml } from "./export-support.js";

const SHOW = globalId(FIXTURE.show);
const YAMADA = globalId(FIXTURE.yamada);
const LIOR = globalId(FIXTURE.lior);
const DORON = globalId(FIXTURE.doron);

/** Nodes by key, links as "source type target job", both sorted: what an export contains. */
function summary({ nodes, links }: JsonExport) {
  const name = new Map(nodes.map((node) => [node.id, node.key]));
  return {
    nodes: nodes.map((node) => node.key).sort(),
    links: links
      .map((link) =>
        [name.get(link.source), link.type, name.get(link.target), link.properties.job]
          .filter(Boolean)
          .join(" "),
      )
      .sort(),
  };
}

const ALL_FIXTURE_NODES = [FIXTURE.doron.key, FIXTURE.show.key, FIXTURE.lior.key, FIXTURE.yamada.key].sort();

describe("what an export contains: scopes, filters, limits", { timeout: 300_000 }, () => {
  let database: TestExecutor;
  const json = async (
    kind: "neighborhood" | "path" | "all",
    parameters: Record<string, string>,
    pageSize?: number,
  ) =>
    JSON.parse(await exportText({ executor: database.executor, kind, parameters, pageSize })) as JsonExport;
  const neighborhood = (parameters: Record<string, string> = {}) =>
    json("neighborhood", { id: SHOW, depth: "2", ...parameters });

  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
    await removeExportFixtures(database.executor);
    await createExportFixtures(database.executor);
  });
  afterAll(async () => {
    await removeExportFixtures(database.executor);
    await database.close();
  });

  it("a neighbourhood: the nodes within depth, every relationship among them", async () => {
    expect(summary(await neighborhood({ depth: "1" }))).toEqual({
      nodes: [FIXTURE.doron.key, FIXTURE.show.key, FIXTURE.lior.key].sort(),
      links: [
        "fixture-export-doron CHARACTER_IN fixture-export-fauda",
        "fixture-export-lior WORKED_ON fixture-export-fauda CREATOR",
        "fixture-export-lior WORKED_ON fixture-export-fauda WRITER",
      ],
    });
  });

  it("as the graph knew it on a day: only what a claim known by then vouches for", async () => {
    const known = await neighborhood({ knownOn: "2015-06-01" });
    expect(summary(known)).toEqual({
      // The PLAYS claim was known from February 2015 and the creator is general knowledge; the
      // writer's claim has no known time and CHARACTER_IN became known in 2016.
      nodes: ALL_FIXTURE_NODES,
      links: [
        "fixture-export-lior WORKED_ON fixture-export-fauda CREATOR",
        "fixture-export-yamada PLAYS fixture-export-doron",
      ],
    });
    // Valid time comes from the claims of the view: the show is known only through its creator.
    expect(known.nodes.find((node) => node.id === SHOW)).toMatchObject({
      validFrom: "2014-01-01",
      validTo: null,
    });
    expect(summary(await neighborhood({ knownOn: "2013-12-31" }))).toEqual({
      nodes: [FIXTURE.show.key, FIXTURE.lior.key].sort(),
      links: ["fixture-export-lior WORKED_ON fixture-export-fauda CREATOR"],
    });
  });

  it("as things were on a day: only what a claim valid then vouches for", async () => {
    expect(summary(await neighborhood({ validOn: "2019-06-01" }))).toEqual({
      // Yamada's part ended in 2017 and the writing in 2018; claims without valid time hold always.
      nodes: [FIXTURE.doron.key, FIXTURE.show.key, FIXTURE.lior.key].sort(),
      links: [
        "fixture-export-doron CHARACTER_IN fixture-export-fauda",
        "fixture-export-lior WORKED_ON fixture-export-fauda CREATOR",
      ],
    });
    expect(summary(await neighborhood({ validOn: "2017-06-01" })).links).toHaveLength(4);
  });

  it("by node type and relationship type", async () => {
    expect(summary(await neighborhood({ types: "Person,Show" }))).toEqual({
      nodes: [FIXTURE.show.key, FIXTURE.lior.key, FIXTURE.yamada.key].sort(),
      links: [
        "fixture-export-lior WORKED_ON fixture-export-fauda CREATOR",
        "fixture-export-lior WORKED_ON fixture-export-fauda WRITER",
      ],
    });
    expect(summary(await neighborhood({ relationshipTypes: "PLAYS" }))).toEqual({
      nodes: ALL_FIXTURE_NODES,
      links: ["fixture-export-yamada PLAYS fixture-export-doron"],
    });
  });

  it("paths: the nodes and relationships of the shortest paths, each once, in path order", async () => {
    const paths = await json("path", { from: YAMADA, to: LIOR });
    expect(paths.nodes.map((node) => node.id)).toEqual([YAMADA, DORON, SHOW, LIOR]);
    expect(summary(paths).links).toEqual(summary(await neighborhood()).links);
  });

  /** How many nodes of these labels the database holds, and relationships among them. */
  const counted = async (labels: string[]) =>
    (
      await database.executor.read<{ nodes: number; relationships: number }>(
        {
          cypher: `CALL () { MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN count(n) AS nodes }
            CALL () {
              MATCH (n)-[r]->(m)
              WHERE any(l IN labels(n) WHERE l IN $labels) AND any(l IN labels(m) WHERE l IN $labels)
              RETURN count(r) AS relationships
            }
            RETURN nodes, relationships`,
          parameters: { labels },
        },
        { operation: "test" },
      )
    )[0];

  it("everything: every node of the domain types and every relationship among them", async () => {
    const document = await json("all", {});
    expect({ nodes: document.nodes.length, relationships: document.links.length }).toEqual(
      await counted(domainLabels()),
    );
  });

  it("everything: the same document whatever the page size, read a page at a time", async () => {
    const parameters = { types: "Show,Person,Character" };
    const before = database.statements.length;
    const paged = await exportText({ executor: database.executor, kind: "all", parameters, pageSize: 2 });
    const pageStatements = database.statements
      .slice(before)
      .filter((statement) => statement.cypher.includes("LIMIT $pageSize")).length;
    const whole = await exportText({ executor: database.executor, kind: "all", parameters });
    expect(paged).toEqual(whole);
    const document = JSON.parse(whole) as JsonExport;
    const expected = await counted(["Show", "Person", "Character"]);
    expect({ nodes: document.nodes.length, relationships: document.links.length }).toEqual(expected);
    // Two nodes a page, for the nodes and again for the relationships that start at them.
    expect(pageStatements).toBeGreaterThanOrEqual(expected!.nodes);
  });

  it("everything as known on a day, by type", async () => {
    const known = await json("all", { knownOn: "2015-06-01", types: "Show,Person,Character" });
    const fixtureIds = new Set(
      known.nodes.filter((n) => n.key.startsWith("fixture-export")).map((n) => n.id),
    );
    const fixtureOnly = {
      ...known,
      nodes: known.nodes.filter((node) => fixtureIds.has(node.id)),
      links: known.links.filter((link) => fixtureIds.has(link.source)),
    };
    expect(summary(fixtureOnly)).toEqual(summary(await neighborhood({ knownOn: "2015-06-01" })));
  });

  it("says in every format when a neighbourhood was cut at its limit", async () => {
    const cut = { id: SHOW, depth: "2", limit: "2" };
    const text = (format: string, parameters: Record<string, string>) =>
      exportText({
        executor: database.executor,
        kind: "neighborhood",
        parameters: { ...parameters, format },
      });

    const truncated = JSON.parse(await text("json", cut)) as JsonExport;
    expect(truncated.graph).toEqual({ truncated: true });
    expect(truncated.nodes).toHaveLength(2);
    expect((await neighborhood()).graph).toEqual({ truncated: false });
    expect(readGraphml(await text("graphml", cut)).attributes).toMatchObject({ truncated: true });
    expect(readGraphml(await text("graphml", { id: SHOW })).attributes).toMatchObject({ truncated: false });
    expect(readGexf(await text("gexf", cut)).attributes).toMatchObject({
      description: expect.stringContaining("Truncated"),
    });
    expect(readGexf(await text("gexf", { id: SHOW })).attributes).not.toHaveProperty("description");
  });

  it("refuses an export over the limit before writing anything, and one that grows past it", async () => {
    const request = parseExportRequest("neighborhood", { id: SHOW, depth: "2" });
    await expect(openExport({ executor: database.executor, request, maxElements: 7 })).rejects.toMatchObject({
      extensions: { code: "EXPORT_TOO_LARGE", elements: 8, maxElements: 7 },
    });
    await expect(openExport({ executor: database.executor, request, maxElements: 8 })).resolves.toMatchObject(
      {
        nodeCount: 4,
        relationshipCount: 4,
      },
    );

    const people = parseExportRequest("all", { types: "Person" });
    const graph = await openExport({ executor: database.executor, request: people, maxElements: 1_000 });
    const exact = await openExport({
      executor: database.executor,
      request: people,
      maxElements: graph.nodeCount + graph.relationshipCount,
    });
    await database.executor.write(
      { cypher: "CREATE (:Person {id: 'fixture-export-late', name: 'Late'})" },
      { operation: "test fixtures" },
    );
    const read = async () => {
      const keys: string[] = [];
      for await (const node of exact.nodes()) {
        keys.push(node.node.key);
      }
      return keys;
    };
    await expect(read()).rejects.toMatchObject({ extensions: { code: "EXPORT_TOO_LARGE" } });
  });

  it("says which node is missing", async () => {
    const missing = toGlobalId("Show", "fixture-export-nothing");
    const open = (kind: "neighborhood" | "path", parameters: Record<string, string>) =>
      openExport({
        executor: database.executor,
        request: parseExportRequest(kind, parameters),
        maxElements: 100,
      });
    await expect(open("neighborhood", { id: missing })).rejects.toMatchObject({
      message: `No node has the ID "${missing}" given as id`,
      extensions: { code: "NOT_FOUND", argument: "id" },
    });
    await expect(open("path", { from: SHOW, to: missing })).rejects.toMatchObject({
      extensions: { code: "NOT_FOUND", argument: "to" },
    });
    await expect(open("path", { from: toGlobalId("Nothing", "x"), to: SHOW })).rejects.toMatchObject({
      extensions: { code: "NOT_FOUND", argument: "from" },
    });
  });
});
