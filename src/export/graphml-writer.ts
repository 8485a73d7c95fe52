import type { AttributeKind } from "./attribute-schema.js";
import type { Column } from "./export-columns.js";
import { columnText, edgeColumns, nodeColumns } from "./export-columns.js";
import type { ExportGraph } from "./export-graph.js";
import type { ExportSink } from "./export-sink.js";
import { xmlText } from "./xml-text.js";

/** GraphML's attr.type for each kind; JSON (lists, sources) travels as a string. */
const GRAPHML_TYPES: Record<AttributeKind, string> = {
  string: "string",
  long: "long",
  double: "double",
  boolean: "boolean",
  json: "string",
};

/** Columns written as the element's own XML attributes rather than as <data>. */
const STRUCTURAL: ReadonlySet<string> = new Set(["id", "source", "target"]);

interface Keyed<Element> {
  id: string;
  column: Column<Element>;
}

function keyed<Element>(prefix: string, columns: Column<Element>[]): Keyed<Element>[] {
  return columns
    .filter((column) => !STRUCTURAL.has(column.name))
    .map((column, index) => ({ id: `${prefix}${index}`, column }));
}

function keyElements<Element>(domain: "node" | "edge", keys: Keyed<Element>[]): string {
  return keys
    .map(
      ({ id, column }) =>
        `  <key id="${id}" for="${domain}" attr.name="${xmlText(column.name)}" attr.type="${GRAPHML_TYPES[column.kind]}"/>\n`,
    )
    .join("");
}

function dataElements<Element>(keys: Keyed<Element>[], element: Element): string {
  return keys
    .map(({ id, column }) => {
      const text = columnText(column.value(element), column.kind);
      return text === null ? "" : `<data key="${id}">${xmlText(text)}</data>`;
    })
    .join("");
}

/**
 * GraphML (http://graphml.graphdrawing.org/), directed, written element by element. Node ids are
 * global IDs; every other column is a declared <data> key (a value that is absent is left out).
 */
export async function writeGraphml(graph: ExportGraph, sink: ExportSink): Promise<void> {
  const nodeKeys = keyed("n", nodeColumns(graph.schema));
  const edgeKeys = keyed("e", edgeColumns(graph.schema));
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      keyElements("node", nodeKeys) +
      keyElements("edge", edgeKeys) +
      '  <key id="truncated" for="graph" attr.name="truncated" attr.type="boolean"/>\n' +
      '  <graph id="showgraph" edgedefault="directed">\n' +
      `    <data key="truncated">${graph.truncated}</data>\n`,
  );
  for await (const node of graph.nodes()) {
    await sink.write(`    <node id="${xmlText(node.id)}">${dataElements(nodeKeys, node)}</node>\n`);
  }
  for await (const edge of graph.relationships()) {
    await sink.write(
      `    <edge id="${xmlText(edge.relationship.id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}">` +
        `${dataElements(edgeKeys, edge)}</edge>\n`,
    );
  }
  await sink.write("  </graph>\n</graphml>\n");
}
