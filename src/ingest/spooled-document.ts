import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Runs `use` on a facts document given as text (or its bytes), written to a private temporary file first: the
 * ingest path reads and checks files as streams (read-facts-file.ts), so a document from a
 * request goes through exactly the checks a file does. `extension` (yaml, json, jsonl) tells
 * the reader its syntax. The file is removed afterwards, whatever happens; the caller bounds its
 * size (the request body limit).
 */
export async function withSpooledDocument<T>(
  document: string | Uint8Array,
  extension: string,
  use: (file: string) => Promise<T>,
): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), "showgraph-document-"));
  try {
    const file = join(folder, `document.${extension}`);
    await writeFile(file, document, { mode: 0o600 });
    return await use(file);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
