import { Writable } from "node:stream";

import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import { MultiGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";

import { FORMATS } from "../../src/export/export-formats.js";
import type { ExportScopeKind } from "../../src/export/export-request.js";
import { streamSink } from "../../src/export/export-sink.js";
import { openExport } from "../../src/export/open-export.js";
import { parseExportRequest } from "../../src/export/parse-export-request.js";
import type { CypherExecutor } from "../../src/neo4j/cypher-executor.js";

export interface ExportCall {
  executor: CypherExecutor;
  kind: ExportScopeKind;
  parameters: Record<string, string>;
  maxElements?: number;
  pageSize?: number;
}

/** An export as text, through the same functions the routes and the command line use. */
export async function exportText({
  executor,
  kind,
  parameters,
  maxElements = 50_000,
  pageSize,
}: ExportCall): Promise<string> {
  const request = parseExportRequest(kind, parameters);
  const graph = await openExport({ executor, request, maxElements, pageSize });
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await FORMATS[request.format].write(graph, streamSink(out), { bom: request.bom });
  return Buffer.concat(chunks).toString("utf8");
}

/** An element as a reader gives it back: its id, ends for an edge, and its attributes. */
export interface ReadElement {
  id: string;
  source?: string;
  target?: string;
  attributes: Record<string, unknown>;
}

export interface ReadGraph {
  /** The graph's own attributes (GraphML graph data, GEXF meta). */
  attributes: Record<string, unknown>;
  nodes: ReadElement[];
  edges: ReadElement[];
}

/** Every reader builds a multigraph: two WORKED_ON edges between one person and one show are two edges. */
function fromGraphology(graph: MultiGraph): ReadGraph {
  return {
    attributes: graph.getAttributes(),
    nodes: graph.mapNodes((id, attributes) => ({ id, attributes })),
    edges: graph.mapEdges((id, attributes, source, target) => ({ id, source, target, attributes })),
  };
}

/** Read back by graphology-graphml. */
export function readGraphml(text: string): ReadGraph {
  return fromGraphology(parseGraphml(MultiGraph, text));
}

/** Read back by graphology-gexf; it ignores spells, so they are read with xmldom: id -> [start, end]. */
export function readGexf(text: string): ReadGraph & { spells: Map<string, [string | null, string | null]> } {
  const document = new DOMParser().parseFromString(text, "application/xml");
  const spells = new Map<string, [string | null, string | null]>();
  for (const tag of ["node", "edge"]) {
    const elements = document.getElementsByTagName(tag);
    for (let index = 0; index < elements.length; index += 1) {
      const element = elements.item(index)!;
      const spell = (name: string) => (element.hasAttribute(name) ? element.getAttribute(name) : null);
      spells.set(element.getAttribute("id")!, [spell("start"), spell("end")]);
    }
  }
  return { ...fromGraphology(parseGexf(MultiGraph, text)), spells };
}

/** Read back by csv-parse, header row as column names, a BOM tolerated. */
export function readCsv(text: string): Record<string, string>[] {
  return parseCsv(text, { columns: true, bom: true }) as Record<string, string>[];
}

/** What every export of a graph must say, in JSON's shape, to compare readers' results with. */
export interface JsonExport {
  directed: boolean;
  multigraph: boolean;
  graph: { truncated: boolean };
  nodes: {
    id: string;
    type: string;
    key: string;
    label: string;
    properties: Record<string, unknown>;
    validFrom: string | null;
    validTo: string | null;
  }[];
  links: {
    id: string;
    type: string;
    source: string;
    target: string;
    properties: Record<string, unknown>;
    validFrom: string | null;
    validTo: string | null;
    sources: Record<string, unknown>[];
  }[];
}
