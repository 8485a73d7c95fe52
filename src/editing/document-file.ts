import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { FactsFormat } from "./ingest-facts.types.js";

const EXTENSIONS: Record<FactsFormat, string> = {
  [FactsFormat.YAML]: "yaml",
  [FactsFormat.JSON]: "json",
  [FactsFormat.JSON_LINES]: "jsonl",
};

/**
 * Runs `use` with a facts document spooled to a private temporary file (mode 0600), removed after
 * whatever happens: the ingest path reads files as streams (src/ingest/read-facts-file.ts), so a
 * document sent through the API goes the same way as one given to `showgraph ingest`. Its size is
 * bounded by the request body limit.
 */
export async function withDocumentFile<T>(
  document: string,
  format: FactsFormat,
  use: (file: string) => Promise<T>,
): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), "showgraph-document-"));
  try {
    const file = join(folder, `document.${EXTENSIONS[format]}`);
    await writeFile(file, document, { encoding: "utf8", mode: 0o600 });
    return await use(file);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
