import { expect } from "vitest";

import { FactsFileError } from "../../src/ingest/facts-problem.js";
import { ingestFactsFile } from "../../src/ingest/ingest-facts.js";
import { DERIVE_CLAIM_KNOWN_TIMES } from "../../src/ingest/known-times.js";
import type { CypherExecutor } from "../../src/neo4j/cypher-executor.js";

/**
 * Removes every node a test's facts files made (ids starting `fixture-`, claims `claim/fixture-`),
 * then derives again the known times of the seed's claims those files were sources of, so the
 * next test file sees the seed as it was.
 */
export async function removeIngestFixtures(
  executor: CypherExecutor,
  seedClaims: readonly string[],
): Promise<void> {
  await executor.write(
    {
      cypher:
        "MATCH (n) WHERE n.id STARTS WITH 'fixture-' OR n.id STARTS WITH 'claim/fixture-' DETACH DELETE n",
    },
    { operation: "test cleanup" },
  );
  await executor.write(
    { cypher: DERIVE_CLAIM_KNOWN_TIMES, parameters: { rows: seedClaims.map((id) => ({ id })) } },
    { operation: "test cleanup" },
  );
}

/**
 * Ingests a file that must be refused, and returns the ids of nodes whose id starts with
 * `idPrefix` or whose title holds U+FFFD afterwards: [] when it wrote nothing, as it must.
 */
export async function idsAfterRefusedIngest(
  executor: CypherExecutor,
  file: string,
  idPrefix: string,
): Promise<string[]> {
  await expect(ingestFactsFile(executor, file)).rejects.toThrow(FactsFileError);
  const rows = await executor.read<{ id: string }>(
    {
      cypher: "MATCH (n) WHERE n.id STARTS WITH $prefix OR n.title CONTAINS '\uFFFD' RETURN n.id AS id",
      parameters: { prefix: idPrefix },
    },
    { operation: "test: nothing written" },
  );
  return rows.map((row) => row.id);
}
