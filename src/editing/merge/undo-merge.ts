import { creditOrderScopeOf, refreshCreditOrder } from "../../credit/credit-order.js";
import { ConflictError } from "../../errors/showgraph-error.js";
import type { CypherTransaction } from "../../neo4j/cypher-executor.js";
import type { MergeRecord } from "./merge-entities.js";
import type { MovedRelationship } from "./merge-statements.js";
import {
  createNodeStatement,
  createRelationshipsStatement,
  deleteRelationshipsStatement,
  EXTERNAL_IDS,
  groupBy,
} from "./merge-statements.js";
import { fromTypedProperties } from "./typed-properties.js";
import { withNameKey } from "../../ingest/derived-name-key.js";

const RESTORE_KEPT = (label: string) => `MATCH (k:${label} {id: $keep}) SET k += $properties`;
const ID_TAKEN = (label: string) => `MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id`;

/**
 * Undoes a merge from its record: the duplicates come back with their properties (types intact),
 * the copies the merge created on the kept node go, the duplicates' own relationships return (so
 * claims about a duplicate are about it again), and the kept node's aliases and external ids are
 * as they were. CONFLICT when a node with a duplicate's id exists again.
 */
export async function undoMerge(tx: CypherTransaction, record: MergeRecord): Promise<void> {
  const { label, keep } = record;
  const ids = record.merged.map((merged) => String(fromTypedProperties(merged.properties).id));
  const { rows: taken } = await tx.run<{ id: string }>({ cypher: ID_TAKEN(label), parameters: { ids } });
  if (taken.length > 0) {
    throw new ConflictError(
      `A ${label} with the ID ${taken[0]?.id} exists again, so the merge cannot be undone.`,
    );
  }
  // The kept node gives back the external ids first: they are unique.
  const before = fromTypedProperties(record.keptBefore);
  const restored = Object.fromEntries(["aliases", ...EXTERNAL_IDS].map((key) => [key, before[key] ?? null]));
  await tx.run({ cypher: RESTORE_KEPT(label), parameters: { keep, properties: restored } });
  for (const merged of record.merged) {
    // Its name key as toNameKey makes it now: the recorded one may predate a migration of keys.
    const properties = fromTypedProperties(merged.properties);
    await tx.run(createNodeStatement(label, withNameKey([label], properties)));
  }
  for (const [index, merged] of record.merged.entries()) {
    const duplicate = ids[index] as string;
    for (const group of groupBy(merged.relationships.filter((moved) => moved.created))) {
      await tx.run(
        deleteRelationshipsStatement({ label, id: keep }, group[0] as MovedRelationship, rowsOf(group)),
      );
    }
    for (const group of groupBy(merged.relationships)) {
      await tx.run(
        createRelationshipsStatement({ label, id: duplicate }, group[0] as MovedRelationship, rowsOf(group)),
      );
    }
  }
  // The duplicates came back with the keys they had when merged; their characters are theirs again.
  await refreshCreditOrder(tx, creditOrderScopeOf(label, [keep, ...ids]));
}

function rowsOf(group: MovedRelationship[]) {
  return group.map((moved) => ({ otherId: moved.otherId, properties: fromTypedProperties(moved.typed) }));
}
