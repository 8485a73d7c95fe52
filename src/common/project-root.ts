import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding package.json, whether we run from src/ (vitest) or from dist/ (tsc). */
function findProjectRoot(start: string): string {
  let folder = start;
  while (!existsSync(join(folder, "package.json"))) {
    const parent = dirname(folder);
    if (parent === folder) {
      throw new Error(`No package.json above ${start}`);
    }
    folder = parent;
  }
  return folder;
}

export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
