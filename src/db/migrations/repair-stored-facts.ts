import { refreshCreditOrderStatement } from "../../credit/credit-order.js";
import { syncStoredRelationships } from "../../editing/stored-fact.js";
import { RELATIONSHIP_TYPES } from "../../ingest/graph-vocabulary.js";
import type { CypherExecutor } from "../../neo4j/cypher-executor.js";
import { rebuildNameKeys } from "./rebuild-name-keys.js";

/** Claims per transaction. */
const BATCH_SIZE = 5_000;

/** A page of deprecated relationship claims of `$predicate` after `$after`, in id order. */
const DEPRECATED_PAGE = `MATCH (c:Claim {predicate: $predicate, rank: 'DEPRECATED'})
WHERE c.id > $after AND EXISTS { (c)-[:OBJECT]->() }
RETURN c.id AS id ORDER BY id LIMIT ${BATCH_SIZE}`;

/**
 * Repairs what two faulty writers left before every writer followed the claims' ranks through
 * followRankChanges (src/editing/follow-ranks.ts): a title or name made preferred through a rank
 * edit kept its old `nameKey` (and so its characters' credit order), and a relationship claim
 * re-ingested as DEPRECATED kept its relationship. Rebuilds the name keys (rebuildNameKeys, which
 * brings the credit order along), then applies the relationship rule to every deprecated
 * relationship claim, a page per transaction: the relationship goes when no claim that is not
 * deprecated asserts it. Safe to run again: a second run writes nothing.
 *
 * @returns name keys changed by label, and how many deprecated relationship claims it checked
 */
export async function repairStoredFacts(
  executor: CypherExecutor,
): Promise<{ nameKeys: Record<string, number>; deprecatedClaims: number }> {
  const nameKeys = await rebuildNameKeys(executor);
  let deprecatedClaims = 0;
  for (const predicate of RELATIONSHIP_TYPES) {
    let after = "";
    for (;;) {
      const ids = (
        await executor.read<{ id: string }>(
          { cypher: DEPRECATED_PAGE, parameters: { predicate, after } },
          { operation: "migrate: read deprecated claims" },
        )
      ).map(({ id }) => id);
      const sync = syncStoredRelationships(predicate, ids);
      const creditOrder = refreshCreditOrderStatement({ claims: ids });
      if (ids.length > 0 && sync && creditOrder) {
        await executor.writeAll([sync, creditOrder], { operation: "migrate: stored relationships" });
      }
      deprecatedClaims += ids.length;
      if (ids.length < BATCH_SIZE) {
        break;
      }
      after = ids.at(-1) ?? after;
    }
  }
  return { nameKeys, deprecatedClaims };
}
