import { writeCsvEdges, writeCsvNodes } from "./csv-writer.js";
import type { ExportGraph } from "./export-graph.js";
import type { ExportSink } from "./export-sink.js";
import { writeGexf } from "./gexf-writer.js";
import { writeGraphml } from "./graphml-writer.js";
import { writeJson } from "./json-writer.js";

export const EXPORT_FORMATS = ["json", "csv-nodes", "csv-edges", "graphml", "gexf"] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface WriteOptions {
  bom: boolean;
}

interface FormatInfo {
  contentType: string;
  /** The end of the file name: extension, and for CSV which half of the graph. */
  fileSuffix: string;
  write(graph: ExportGraph, sink: ExportSink, options: WriteOptions): Promise<void>;
}

export const FORMATS: Record<ExportFormat, FormatInfo> = {
  json: { contentType: "application/json; charset=utf-8", fileSuffix: ".json", write: writeJson },
  "csv-nodes": {
    contentType: "text/csv; charset=utf-8; header=present",
    fileSuffix: "-nodes.csv",
    write: writeCsvNodes,
  },
  "csv-edges": {
    contentType: "text/csv; charset=utf-8; header=present",
    fileSuffix: "-edges.csv",
    write: writeCsvEdges,
  },
  graphml: {
    contentType: "application/graphml+xml; charset=utf-8",
    fileSuffix: ".graphml",
    write: writeGraphml,
  },
  gexf: { contentType: "application/gexf+xml; charset=utf-8", fileSuffix: ".gexf", write: writeGexf },
};
