import type { AttributeKind } from "./attribute-schema.js";
import type { Column } from "./export-columns.js";
import { columnText, edgeColumns, nodeColumns } from "./export-columns.js";
import type { ExportGraph } from "./export-graph.js";
import type { ExportSink } from "./export-sink.js";
import type { Validity } from "./validity.js";
import { lastValidDay } from "./validity.js";
import { xmlText } from "./xml-text.js";

/** GEXF 1.3's attribute type for each kind; JSON (lists, sources) travels as a string. */
const GEXF_TYPES: Record<AttributeKind, string> = {
  string: "string",
  long: "long",
  double: "double",
  boolean: "boolean",
  json: "string",
};

/** Columns written as the element's own XML attributes (id, label, source, target) rather than attvalues. */
const STRUCTURAL: ReadonlySet<string> = new Set(["id", "label", "source", "target"]);

interface Declared<Element> {
  /** Numeric, so readers take the attribute's title as its name. */
  id: string;
  column: Column<Element>;
}

function declared<Element>(columns: Column<Element>[]): Declared<Element>[] {
  return columns
    .filter((column) => !STRUCTURAL.has(column.name))
    .map((column, index) => ({ id: String(index), column }));
}

function attributesElement<Element>(domain: "node" | "edge", attributes: Declared<Element>[]): string {
  const declarations = attributes
    .map(
      ({ id, column }) =>
        `      <attribute id="${id}" title="${xmlText(column.name)}" type="${GEXF_TYPES[column.kind]}"/>\n`,
    )
    .join("");
  return `    <attributes class="${domain}" mode="static">\n${declarations}    </attributes>\n`;
}

function attvalues<Element>(attributes: Declared<Element>[], element: Element): string {
  const values = attributes
    .map(({ id, column }) => {
      const text = columnText(column.value(element), column.kind);
      return text === null ? "" : `<attvalue for="${id}" value="${xmlText(text)}"/>`;
    })
    .join("");
  return values === "" ? "" : `<attvalues>${values}</attvalues>`;
}

/** start/end from the valid time: the first and the last day it held (GEXF intervals are closed). */
function spell(validity: Validity): string {
  const end = lastValidDay(validity);
  return (
    (validity.validFrom === null ? "" : ` start="${validity.validFrom}"`) +
    (end === null ? "" : ` end="${end}"`)
  );
}

/** GEXF has no graph attributes; its meta description is what Gephi shows of the file. */
const TRUNCATED_DESCRIPTION =
  "Truncated: the neighbourhood reached its node limit, so some nodes within its depth are left out.";

/**
 * GEXF 1.3 (https://gexf.net), a dynamic directed graph with dates: each node and edge spans its
 * valid time (start, end) so Gephi's timeline replays the story; no start or end means since
 * always or still. An edge's `kind` is its type, so Gephi keeps parallel edges of different types.
 */
export async function writeGexf(graph: ExportGraph, sink: ExportSink): Promise<void> {
  const nodeAttributes = declared(nodeColumns(graph.schema));
  const edgeAttributes = declared(edgeColumns(graph.schema));
  await sink.write(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      `  <meta><creator>showgraph</creator>${graph.truncated ? `<description>${TRUNCATED_DESCRIPTION}</description>` : ""}</meta>\n` +
      '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">\n' +
      attributesElement("node", nodeAttributes) +
      attributesElement("edge", edgeAttributes) +
      "    <nodes>\n",
  );
  for await (const node of graph.nodes()) {
    await sink.write(
      `      <node id="${xmlText(node.id)}" label="${xmlText(node.label)}"${spell(node.validity)}>` +
        `${attvalues(nodeAttributes, node)}</node>\n`,
    );
  }
  await sink.write("    </nodes>\n    <edges>\n");
  for await (const edge of graph.relationships()) {
    const { id, type } = edge.relationship;
    await sink.write(
      `      <edge id="${xmlText(id)}" source="${xmlText(edge.source)}" target="${xmlText(edge.target)}"` +
        ` label="${xmlText(type)}" kind="${xmlText(type)}"${spell(edge.validity)}>${attvalues(edgeAttributes, edge)}</edge>\n`,
    );
  }
  await sink.write("    </edges>\n  </graph>\n</gexf>\n");
}
