import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { projectRoot } from "../common/project-root.js";
import { splitCypherStatements } from "./split-cypher-statements.js";

export interface CypherFile {
  /** The number the file name starts with: 0003-lookup-indexes.cypher is version 3. */
  version: number;
  name: string;
  checksum: string;
  statements: string[];
}

export const cypherFolders = {
  migrations: join(projectRoot, "cypher", "migrations"),
  seed: join(projectRoot, "cypher", "seed"),
};

/** Reads NNNN-name.cypher files of a folder in version order. */
export function readCypherFiles(folder: string): CypherFile[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".cypher"))
    .map((name) => {
      const match = /^(\d+)-.+\.cypher$/.exec(name);
      if (!match?.[1]) {
        throw new Error(`${join(folder, name)}: Cypher files are named NNNN-description.cypher`);
      }
      const source = readFileSync(join(folder, name), "utf8");
      return {
        version: Number(match[1]),
        name: name.replace(/\.cypher$/, ""),
        checksum: createHash("sha256").update(source).digest("hex"),
        statements: splitCypherStatements(source),
      };
    })
    .sort((a, b) => a.version - b.version);
}
