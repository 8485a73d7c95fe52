import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A temporary folder of facts files a test writes (text or raw bytes); `remove` deletes it. */
export function factsFolder(): { write(name: string, content: string | Uint8Array): string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), "showgraph-facts-"));
  return {
    write(name, content) {
      const file = join(folder, name);
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

/** The head of a YAML facts file: format and a small article, `id` its id. */
export function factsHead(id: string): string {
  return [
    'format: "showgraph-facts/1"',
    "article:",
    `  id: ${id}`,
    "  title: Fixture article",
    "  text: Fixture text.",
    "",
  ].join("\n");
}
