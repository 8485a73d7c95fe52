import type { ManagedTransaction, QueryStatistics } from "neo4j-driver";

import type { CypherReader } from "./cypher-executor.js";

/**
 * The graph's write version: a counter on one `(:GraphVersion {key: "graph"})` node that every
 * write transaction which changed data raises before it commits (CypherExecutor, the one door for
 * writes: ingest, edits, migrations, token changes), so two reads see the same version exactly
 * when no write committed between them. `epoch` is drawn when the node is made: a graph wiped and
 * written again never repeats an earlier (epoch, version) pair. HTTP caching (src/http-cache/)
 * builds its ETags from it. Writes made around the service (cypher-shell, another program) do
 * not raise it: they must restart the count by deleting the node, or live with stale caches.
 */
export interface GraphVersion {
  epoch: string;
  version: number;
}

const BUMP = `MERGE (v:GraphVersion {key: "graph"})
ON CREATE SET v.epoch = randomUUID(), v.version = 1
ON MATCH SET v.version = v.version + 1`;

const READ = `OPTIONAL MATCH (v:GraphVersion {key: "graph"})
RETURN coalesce(v.epoch, "none") AS epoch, coalesce(v.version, 0) AS version`;

/** The version the reader's transaction sees (epoch "none", version 0 before the first write). */
export async function readGraphVersion(reader: CypherReader): Promise<GraphVersion> {
  const [row] = await reader.read<GraphVersion>({ cypher: READ }, { operation: "graph version" });
  return row ?? { epoch: "none", version: 0 };
}

// Data changes only: a schema transaction (CREATE INDEX) may not write data, and changes no answer.
function changesData(counters: QueryStatistics): boolean {
  const updates = counters.updates();
  return (
    updates.nodesCreated +
      updates.nodesDeleted +
      updates.relationshipsCreated +
      updates.relationshipsDeleted +
      updates.propertiesSet +
      updates.labelsAdded +
      updates.labelsRemoved >
    0
  );
}

/**
 * `tx` watched for data changes, and the step that raises the graph version when there were any:
 * called last in the transaction, so the version's lock is held only from there to the commit
 * (concurrent writers queue on it for that moment, never in a cycle). A transaction that rolls
 * back takes its raise with it.
 */
export function versionedWrites(tx: ManagedTransaction): {
  tx: ManagedTransaction;
  raiseIfChanged: () => Promise<void>;
} {
  let changed = false;
  const watched = {
    // Each result is looked at as its caller receives it: Result.summary() would cancel the
    // stream and lose its records. Every caller in CypherExecutor awaits the result whole.
    run: (cypher: string, parameters?: Record<string, unknown>) =>
      tx.run(cypher, parameters).then((result) => {
        changed ||= changesData(result.summary.counters);
        return result;
      }),
  } as unknown as ManagedTransaction;
  return {
    tx: watched,
    raiseIfChanged: async () => {
      if (changed) {
        await tx.run(BUMP);
      }
    },
  };
}
