import { readFile } from "node:fs/promises";
import { join } from "node:path";

import { projectRoot } from "../common/project-root.js";

const EXAMPLES_FILE = join(projectRoot, "schema", "examples.graphql");

/** The example operations, read on each request so that edits show without a rebuild. */
export async function readExamples(): Promise<string> {
  try {
    return await readFile(EXAMPLES_FILE, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return "";
    }
    throw error;
  }
}
