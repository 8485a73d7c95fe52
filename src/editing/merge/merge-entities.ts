import { creditOrderScopeOf, refreshCreditOrder } from "../../credit/credit-order.js";
import { NotFoundError } from "../../errors/showgraph-error.js";
import type { EntityType } from "../../ingest/graph-vocabulary.js";
import type { CypherTransaction } from "../../neo4j/cypher-executor.js";
import type { MovedRelationship } from "./merge-statements.js";
import { copyRelationshipsStatement, EXTERNAL_IDS, groupBy } from "./merge-statements.js";
import type { TypedProperty } from "./typed-properties.js";
import { typedPropertiesOf } from "./typed-properties.js";

/** What a merge removed, kept in its edit record so that it can be undone. */
export interface MergeRecord {
  label: EntityType;
  keep: string;
  /** The kept node's properties before the merge (its aliases and external ids change). */
  keptBefore: TypedProperty[];
  merged: Array<{
    properties: TypedProperty[];
    relationships: Array<MovedRelationship & { typed: TypedProperty[] }>;
  }>;
}

const READ_NODE = (label: string) => `MATCH (n:${label} {id: $id}) SET n.editLock = true REMOVE n.editLock
RETURN ${typedPropertiesOf("n")} AS properties, coalesce(n.name, n.title) AS name`;

const READ_RELATIONSHIPS = (label: string) => `MATCH (n:${label} {id: $id})-[r]-(o)
RETURN elementId(r) AS relId, type(r) AS type, startNode(r) = n AS outgoing, head(labels(o)) AS otherLabel,
  o.id AS otherId, ${typedPropertiesOf("r")} AS typed`;

/** Deletes the duplicate first: its external ids are unique (migration 0002), so the kept node can take them only after. */
const ABSORB = (label: string) => `MATCH (k:${label} {id: $keep}), (d:${label} {id: $duplicate})
WITH k, d, d {.*} AS dp
DETACH DELETE d
WITH k, dp
SET k.aliases = [name IN coalesce(k.aliases, []) + coalesce(dp.aliases, []) + [coalesce(dp.name, dp.title)]
    WHERE name IS NOT NULL AND name <> coalesce(k.name, k.title) | name],
  k += {${EXTERNAL_IDS.map((key) => `${key}: coalesce(k.${key}, dp.${key})`).join(", ")}}`;

/**
 * Folds `duplicates` into `keep` (all of `label`, a label of the model's fixed list): every
 * relationship of a duplicate is copied onto the kept node with its properties exactly (unless the
 * kept node has the same one), its name becomes an alias of the kept node, external ids the kept
 * node lacks are taken over, and the duplicate is deleted. Claims about the duplicate become
 * claims about the kept node: SUBJECT and OBJECT are relationships like any other. Returns what
 * undo needs. A relationship between the kept node and a duplicate is dropped (it would become a
 * loop); undo restores it.
 */
export async function mergeEntities(
  tx: CypherTransaction,
  label: EntityType,
  keep: string,
  duplicates: string[],
): Promise<MergeRecord> {
  const kept = await readNode(tx, label, keep, "keep");
  const record: MergeRecord = { label, keep, keptBefore: kept, merged: [] };
  for (const duplicate of duplicates) {
    const properties = await readNode(tx, label, duplicate, "merge");
    const { rows } = await tx.run<MovedRelationship & { relId: string; typed: TypedProperty[] }>({
      cypher: READ_RELATIONSHIPS(label),
      parameters: { id: duplicate },
    });
    const relationships = rows.map(({ relId: _relId, ...row }) => row);
    const moving = rows.filter(
      (row) => !(row.otherLabel === label && (row.otherId === keep || duplicates.includes(row.otherId))),
    );
    for (const group of groupBy(moving)) {
      const statement = copyRelationshipsStatement(
        { label, id: keep },
        group[0] as MovedRelationship,
        group.map((row, index) => ({ index, otherId: row.otherId, relId: row.relId })),
      );
      const { rows: copied } = await tx.run<{ index: number; created: boolean }>(statement);
      for (const { index, created } of copied) {
        const moved = relationships[rows.indexOf(group[index] as (typeof rows)[number])];
        if (moved) {
          moved.created = created;
        }
      }
    }
    await tx.run({ cypher: ABSORB(label), parameters: { keep, duplicate } });
    record.merged.push({ properties, relationships });
  }
  // The kept show has the duplicates' characters now; the kept character perhaps another show.
  await refreshCreditOrder(tx, creditOrderScopeOf(label, [keep]));
  return record;
}

async function readNode(
  tx: CypherTransaction,
  label: string,
  id: string,
  argument: string,
): Promise<TypedProperty[]> {
  const { rows } = await tx.run<{ properties: TypedProperty[] }>({
    cypher: READ_NODE(label),
    parameters: { id },
  });
  const row = rows[0];
  if (!row) {
    throw new NotFoundError(`No ${label} has the ID given in ${argument}.`, { argument });
  }
  return row.properties;
}
