import { toGlobalId } from "../common/global-id.js";
import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import { EDITS_TOPIC, editEvents } from "./edit-events.js";

const ABOUT = `UNWIND $ids AS id
MATCH (c:Claim {id: id})-[:SUBJECT|OBJECT]->(n)
RETURN DISTINCT head(labels(n)) AS label, n.id AS id`;

/**
 * Tells subscribers about an edit once it has committed (never before: a subscriber must not see
 * what a rollback takes back). `nodes` are labels and ids the edit changed as a whole (the article
 * of an ingest, the kept node of a merge).
 */
export async function announceEdit(
  executor: CypherExecutor,
  editId: string,
  claimIds: string[],
  nodes: Array<{ label: string; id: string }> = [],
): Promise<void> {
  const subjects =
    claimIds.length === 0
      ? []
      : await executor.read<{ label: string; id: string }>(
          { cypher: ABOUT, parameters: { ids: claimIds } },
          { operation: "announce edit" },
        );
  const about = [
    ...claimIds.map((id) => toGlobalId("Claim", id)),
    ...[...subjects, ...nodes].map(({ label, id }) => toGlobalId(label, id)),
  ];
  editEvents.publish(EDITS_TOPIC, { editId, claimIds, about });
}
