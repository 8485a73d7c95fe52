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
