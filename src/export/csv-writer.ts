import { stringify } from "csv-stringify/sync";

import type { Column } from "./export-columns.js";
import { columnText, edgeColumns, nodeColumns } from "./export-columns.js";
import type { ExportGraph } from "./export-graph.js";
import type { ExportSink } from "./export-sink.js";

export interface CsvOptions {
  /** Start with U+FEFF, so spreadsheets that guess the encoding read UTF-8. */
  bom: boolean;
}

/**
 * The one place CSV is escaped: csv-stringify quotes separators, quotes and line breaks as RFC
 * 4180 says. CR LF ends a record (what spreadsheets expect); a lone CR or LF inside a value is
 * quoted too, which csv-stringify does not do by itself with that record delimiter.
 */
function csvRecord(values: (string | null)[]): string {
  return stringify([values], { record_delimiter: "windows", quoted_match: /[\r\n]/ });
}

async function writeCsv<Element>(
  sink: ExportSink,
  columns: Column<Element>[],
  elements: AsyncIterable<Element>,
  { bom }: CsvOptions,
): Promise<void> {
  await sink.write((bom ? "\uFEFF" : "") + csvRecord(columns.map((column) => column.name)));
  for await (const element of elements) {
    await sink.write(csvRecord(columns.map((column) => columnText(column.value(element), column.kind))));
  }
}

/** One row per node: id, type, key, label, its properties, validFrom, validTo. */
export function writeCsvNodes(graph: ExportGraph, sink: ExportSink, options: CsvOptions): Promise<void> {
  return writeCsv(sink, nodeColumns(graph.schema), graph.nodes(), options);
}

/** One row per relationship: id, type, source, target, its properties, validFrom, validTo, sources. */
export function writeCsvEdges(graph: ExportGraph, sink: ExportSink, options: CsvOptions): Promise<void> {
  return writeCsv(sink, edgeColumns(graph.schema), graph.relationships(), options);
}
