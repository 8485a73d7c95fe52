import { readdirSync } from "node:fs";
import { basename, join } from "node:path";

import { ingestFactsFile } from "../../ingest/ingest-facts.js";
import type { CypherExecutor } from "../../neo4j/cypher-executor.js";
import { cypherFolders } from "../cypher-files.js";

/** Seeding is not a client request: on a busy machine it may well outlast a request's timeout. */
const SEED_TIMEOUT_MS = 300_000;

const FACTS_FILE = /^\d+-.+\.facts\.(?:ya?ml|json|jsonl)$/;

/** The seed folder's facts files (NNNN-name.facts.yaml), in number order. */
export function readSeedFactsFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => FACTS_FILE.test(name))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10) || a.localeCompare(b))
    .map((name) => join(folder, name));
}

/**
 * Loads the seed graph of cypher/seed: its facts files, each through the ingest path in a
 * transaction of its own. Ingest only merges, so seeding again changes nothing.
 */
export async function seedDatabase(
  executor: CypherExecutor,
  folder: string = cypherFolders.seed,
): Promise<string[]> {
  const cypherSeeds = readdirSync(folder).filter((name) => name.endsWith(".cypher"));
  if (cypherSeeds.length > 0) {
    // The seed has one source of truth, its facts files; a Cypher file beside them would be skipped.
    throw new Error(
      `${join(folder, cypherSeeds[0] as string)}: seed data are facts files (docs/ingestion.md), not Cypher`,
    );
  }
  const loaded: string[] = [];
  for (const file of readSeedFactsFiles(folder)) {
    const report = await ingestFactsFile(executor, file);
    loaded.push(basename(report.file));
  }
  return loaded;
}

/**
 * True when the database holds nothing but bookkeeping: migrations, the graph's write version
 * (src/neo4j/graph-version.ts, raised by the migrations themselves) and API tokens, which
 * `showgraph token create` may make before the first start.
 */
export async function isDatabaseEmpty(executor: CypherExecutor): Promise<boolean> {
  const [row] = await executor.read<{ empty: boolean }>(
    {
      cypher:
        "OPTIONAL MATCH (n) WHERE NOT n:Migration AND NOT n:ApiToken AND NOT n:GraphVersion WITH n LIMIT 1 RETURN n IS NULL AS empty",
    },
    { operation: "seed", timeoutMs: SEED_TIMEOUT_MS },
  );
  return row?.empty ?? true;
}
