import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import type { TestExecutor } from "../support/test-database.js";
import { openTestExecutor } from "../support/test-database.js";
import { FIXTURE, createExportFixtures, globalId, removeExportFixtures } from "./export-fixtures.js";
import type { JsonExport, ReadElement } from "./export-support.js";
import { exportText, readCsv, readGexf, readGraphml } from "./export-support.js";

const SHOW = globalId(FIXTURE.show);
const YAMADA = globalId(FIXTURE.yamada);
const LIOR = globalId(FIXTURE.lior);
const DORON = globalId(FIXTURE.doron);

const ARTICLE = {
  article: FIXTURE.article.key,
  title: FIXTURE.article.title,
  url: "https://example.org/a?b=1&c=2",
  publishedDate: "2015-02-10",
  outlet: FIXTURE.outlet.name,
};

/** The fixture's neighbourhood as JSON says it: every other format must say the same. */
const EXPECTED: JsonExport = {
  directed: true,
  multigraph: true,
  graph: { truncated: false },
  nodes: [
    {
      id: SHOW,
      type: "Show",
      key: FIXTURE.show.key,
      label: FIXTURE.show.title,
      properties: {
        title: FIXTURE.show.title,
        kind: "SERIES",
        originCountries: ["IL", 'US, or "both"'],
        seasonCount: 4,
        // A month stays a month (issue 11), its precision beside it.
        premiereDate: "2015-02",
        premiereDatePrecision: "MONTH",
      },
      // Claimed as the object of CHARACTER_IN, which has no valid time: since always.
      validFrom: null,
      validTo: null,
    },
    {
      id: DORON,
      type: "Character",
      key: FIXTURE.doron.key,
      label: FIXTURE.doron.name,
      properties: { name: FIXTURE.doron.name },
      validFrom: null,
      validTo: null,
    },
    {
      id: LIOR,
      type: "Person",
      key: FIXTURE.lior.key,
      label: FIXTURE.lior.name,
      properties: { name: FIXTURE.lior.name },
      validFrom: "2014-01-01",
      validTo: null,
    },
    {
      id: YAMADA,
      type: "Person",
      key: FIXTURE.yamada.key,
      label: FIXTURE.yamada.name,
      properties: { name: FIXTURE.yamada.name },
      // The deprecated claim (from 2010) changes nothing.
      validFrom: "2015-02-01",
      validTo: "2018-01-01",
    },
  ],
  links: [
    {
      id: expect.any(String) as unknown as string,
      type: "CHARACTER_IN",
      source: DORON,
      target: SHOW,
      properties: {},
      validFrom: null,
      validTo: null,
      sources: [],
    },
    {
      id: expect.any(String) as unknown as string,
      type: "WORKED_ON",
      source: LIOR,
      target: SHOW,
      properties: { job: "CREATOR" },
      validFrom: "2014-01-01",
      validTo: null,
      sources: [],
    },
    {
      id: expect.any(String) as unknown as string,
      type: "WORKED_ON",
      source: LIOR,
      target: SHOW,
      properties: { job: "WRITER" },
      validFrom: "2016-06-01",
      validTo: "2019-01-01",
      sources: [
        {
          claim: "fixture-export-claim/writer",
          role: "ORIGINAL_REPORT",
          ...ARTICLE,
          quote: null,
          start: null,
          end: null,
        },
        {
          claim: "fixture-export-claim/writer",
          role: "SUPPORTS",
          ...ARTICLE,
          quote: "Lior wrote it",
          start: 0,
          end: 13,
        },
      ],
    },
    {
      id: expect.any(String) as unknown as string,
      type: "PLAYS",
      source: YAMADA,
      target: DORON,
      properties: { billingOrder: 1, seasons: [1, 2] },
      validFrom: "2015-02-01",
      validTo: "2018-01-01",
      sources: [
        {
          claim: "fixture-export-claim/plays",
          role: "SUPPORTS",
          ...ARTICLE,
          quote: FIXTURE.quote,
          start: 10,
          end: 48,
        },
      ],
    },
  ],
};

type ExpectedNode = JsonExport["nodes"][number];
type ExpectedLink = JsonExport["links"][number];

/** A value as the flat formats carry it: lists and objects as JSON text. */
function flat(value: unknown): unknown {
  return typeof value === "object" && value !== null ? JSON.stringify(value) : value;
}

function present(entries: [string, unknown][]): Record<string, unknown> {
  return Object.fromEntries(entries.filter(([, value]) => value !== null && value !== undefined));
}

/** What GraphML and GEXF readers give for a node: every non-empty column but the id, numbers typed. */
function flatNode({
  type,
  key,
  label,
  properties,
  validFrom,
  validTo,
}: ExpectedNode): Record<string, unknown> {
  return present([
    ["type", type],
    ["key", key],
    ["label", label],
    ...Object.entries(properties).map(([name, value]): [string, unknown] => [name, flat(value)]),
    ["validFrom", validFrom],
    ["validTo", validTo],
  ]);
}

function flatLink({ type, properties, validFrom, validTo, sources }: ExpectedLink): Record<string, unknown> {
  return present([
    ["type", type],
    ...Object.entries(properties).map(([name, value]): [string, unknown] => [name, flat(value)]),
    ["validFrom", validFrom],
    ["validTo", validTo],
    ["sources", JSON.stringify(sources)],
  ]);
}

function byId(elements: ReadElement[]): Map<string, ReadElement> {
  return new Map(elements.map((element) => [element.id, element]));
}

describe("exports read back by third-party readers", { timeout: 120_000 }, () => {
  let database: TestExecutor;
  let reference: JsonExport;
  const neighborhood = (format: string, extra: Record<string, string> = {}) =>
    exportText({
      executor: database.executor,
      kind: "neighborhood",
      parameters: { id: SHOW, depth: "2", format, ...extra },
    });

  beforeAll(async () => {
    database = await openTestExecutor(inject("neo4jUri"));
    await removeExportFixtures(database.executor);
    await createExportFixtures(database.executor);
    reference = JSON.parse(await neighborhood("json")) as JsonExport;
  });
  afterAll(async () => {
    await removeExportFixtures(database.executor);
    await database.close();
  });

  it("JSON: nodes and links with properties, valid time and the sources of each link", () => {
    // Links come by start, type and end; the two WORKED_ON links differ only by job.
    const order = (link: ExpectedLink) =>
      [link.source, link.type, link.target, String(link.properties.job)].join("|");
    const sorted = (links: ExpectedLink[]) => [...links].sort((a, b) => order(a).localeCompare(order(b)));
    expect({ ...reference, links: sorted(reference.links) }).toEqual({
      ...EXPECTED,
      links: sorted(EXPECTED.links),
    });
    expect(reference.links.map((link) => link.type)).toEqual([
      "CHARACTER_IN",
      "WORKED_ON",
      "WORKED_ON",
      "PLAYS",
    ]);
  });

  it("GraphML (graphology-graphml): the same nodes, edges and attributes, names intact", async () => {
    const read = readGraphml(await neighborhood("graphml"));
    expect(read.nodes).toEqual(reference.nodes.map((node) => ({ id: node.id, attributes: flatNode(node) })));
    const edges = byId(read.edges);
    expect(read.edges).toHaveLength(reference.links.length);
    for (const link of reference.links) {
      expect(edges.get(link.id)).toEqual({
        id: link.id,
        source: link.source,
        target: link.target,
        attributes: flatLink(link),
      });
    }
  });

  it("GEXF 1.3 (graphology-gexf): the same graph, with valid time as start and end for the timeline", async () => {
    const read = readGexf(await neighborhood("gexf"));
    expect(read.nodes).toEqual(reference.nodes.map((node) => ({ id: node.id, attributes: flatNode(node) })));
    const edges = byId(read.edges);
    for (const link of reference.links) {
      expect(edges.get(link.id)).toEqual({
        id: link.id,
        source: link.source,
        target: link.target,
        attributes: { label: link.type, kind: link.type, ...flatLink(link) },
      });
    }
    expect(read.spells.get(YAMADA)).toEqual(["2015-02-01", "2017-12-31"]);
    expect(read.spells.get(SHOW)).toEqual([null, null]);
    expect(read.spells.get(LIOR)).toEqual(["2014-01-01", null]);
    const spellOf = (type: string, job?: string) =>
      read.spells.get(
        reference.links.find((l) => l.type === type && (job === undefined || l.properties.job === job))!.id,
      );
    expect(spellOf("PLAYS")).toEqual(["2015-02-01", "2017-12-31"]);
    expect(spellOf("WORKED_ON", "WRITER")).toEqual(["2016-06-01", "2018-12-31"]);
    expect(spellOf("WORKED_ON", "CREATOR")).toEqual(["2014-01-01", null]);
    expect(spellOf("CHARACTER_IN")).toEqual([null, null]);
  });

  it("CSV (csv-parse): one file of nodes, one of edges, every column in every row", async () => {
    const nodes = readCsv(await neighborhood("csv-nodes"));
    const nodeColumns = [
      "id",
      "type",
      "key",
      "label",
      "kind",
      "name",
      "originCountries",
      "premiereDate",
      "premiereDatePrecision",
      "seasonCount",
      "title",
      "validFrom",
      "validTo",
    ];
    expect(nodes).toEqual(
      reference.nodes.map((node) => {
        const values: Record<string, unknown> = { id: node.id, ...flatNode(node) };
        return Object.fromEntries(nodeColumns.map((column) => [column, String(values[column] ?? "")]));
      }),
    );
    const edges = readCsv(await neighborhood("csv-edges"));
    const edgeColumns = [
      "id",
      "type",
      "source",
      "target",
      "billingOrder",
      "job",
      "seasons",
      "validFrom",
      "validTo",
      "sources",
    ];
    expect(edges).toEqual(
      reference.links.map((link) => {
        const values: Record<string, unknown> = {
          id: link.id,
          source: link.source,
          target: link.target,
          ...flatLink(link),
        };
        return Object.fromEntries(edgeColumns.map((column) => [column, String(values[column] ?? "")]));
      }),
    );
  });

  it("CSV with bom=true starts with a byte order mark and ends records with CR LF", async () => {
    const text = await neighborhood("csv-nodes", { bom: "true" });
    expect(text.startsWith("\uFEFFid,type,key,label,")).toBe(true);
    expect(text.split("\r\n")[0]).toBe(
      "\uFEFFid,type,key,label,kind,name,originCountries,premiereDate,premiereDatePrecision,seasonCount,title,validFrom,validTo",
    );
    expect(readCsv(text)[0]?.label).toBe(FIXTURE.show.title);
  });
});
