import type { CypherExecutor } from "../../neo4j/cypher-executor.js";
import type { CypherFile } from "../cypher-files.js";
import { cypherFolders, readCypherFiles } from "../cypher-files.js";

/** The seed is one transaction; on a busy machine it may well outlast a client request's timeout. */
const SEED_TIMEOUT_MS = 300_000;

/**
 * Loads the seed graph (cypher/seed) in one transaction: a seed that fails half-way leaves the
 * database as it was. The seed files only MERGE, so running them again changes nothing.
 */
export async function seedDatabase(
  executor: CypherExecutor,
  seeds: CypherFile[] = readCypherFiles(cypherFolders.seed),
): Promise<string[]> {
  await executor.writeAll(
    seeds.flatMap((seed) => seed.statements.map((cypher) => ({ cypher }))),
    { operation: "seed", timeoutMs: SEED_TIMEOUT_MS },
  );
  return seeds.map((seed) => seed.name);
}

/** True when the database holds nothing but migration bookkeeping. */
export async function isDatabaseEmpty(executor: CypherExecutor): Promise<boolean> {
  const [row] = await executor.read<{ empty: boolean }>(
    { cypher: "OPTIONAL MATCH (n) WHERE NOT n:Migration WITH n LIMIT 1 RETURN n IS NULL AS empty" },
    { operation: "seed", timeoutMs: SEED_TIMEOUT_MS },
  );
  return row?.empty ?? true;
}
