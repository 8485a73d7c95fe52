import { createHash } from "node:crypto";

import type { CypherExecutor } from "../../neo4j/cypher-executor.js";
import { fillCreditOrder } from "./fill-credit-order.js";
import { rebuildNameKeys } from "./rebuild-name-keys.js";
import { repairStoredFacts } from "./repair-stored-facts.js";

/**
 * A migration that Cypher alone cannot do (it needs a TypeScript function, such as the name
 * folding of src/common/name-key.ts), numbered among the Cypher files of cypher/migrations and
 * applied in the same order, once. Like a file it is never edited once applied: a new need is a
 * new migration, which may call the same function again.
 */
export interface CodeMigration {
  version: number;
  /** NNNN-description, like a file's name. */
  name: string;
  /** A code migration has no file to hash: its name is hashed instead (it never changes). */
  checksum: string;
  run(executor: CypherExecutor): Promise<unknown>;
}

function codeMigration(name: string, run: CodeMigration["run"]): CodeMigration {
  return {
    version: Number(name.slice(0, name.indexOf("-"))),
    name,
    checksum: createHash("sha256").update(`code migration ${name}`).digest("hex"),
    run,
  };
}

/** The project's code migrations; cypher/migrations/README.md lists them beside the files. */
export const CODE_MIGRATIONS: readonly CodeMigration[] = [
  // Name keys folded the letters that do not decompose under NFKD (ø, æ, ß, ł, þ ...) from here on.
  codeMigration("0009-fold-name-keys", rebuildNameKeys),
  // Person.castCredits orders by a key stored on each character (src/credit/credit-order.ts).
  codeMigration("0012-credit-order", fillCreditOrder),
  // Name keys and relationships left behind by rank changes before they went through one function.
  codeMigration("0013-repair-stored-facts", repairStoredFacts),
];
