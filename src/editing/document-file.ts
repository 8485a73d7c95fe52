import { withSpooledDocument } from "../ingest/spooled-document.js";
import { FactsFormat } from "./ingest-facts.types.js";

const EXTENSIONS: Record<FactsFormat, string> = {
  [FactsFormat.YAML]: "yaml",
  [FactsFormat.JSON]: "json",
  [FactsFormat.JSON_LINES]: "jsonl",
};

/**
 * Runs `use` with a facts document sent through the API spooled to a private temporary file
 * (src/ingest/spooled-document.ts), so that it goes the same way as one given to `showgraph
 * ingest`. Its size is bounded by the request body limit.
 */
export async function withDocumentFile<T>(
  document: string,
  format: FactsFormat,
  use: (file: string) => Promise<T>,
): Promise<T> {
  return withSpooledDocument(document, EXTENSIONS[format], use);
}
