import { ConflictError, NotFoundError } from "../errors/showgraph-error.js";
import type { CypherTransaction } from "../neo4j/cypher-executor.js";
import { BUMP_VERSION, LOCK_CLAIM } from "./edit-cypher.js";

/** A claim as an edit finds it, once its write lock is held. */
export interface LockedClaim {
  key: string;
  version: number;
  rank: string;
  predicate: string;
  value: string | null;
  confidence: number;
  hasObject: boolean;
}

/**
 * Locks a claim for the rest of the transaction and checks the version the client read
 * (`expectedVersion`; null: no check). NotFoundError when there is no such claim, ConflictError
 * (with the current version in `extensions.currentVersion`) when it has changed since.
 */
export async function lockClaim(
  tx: CypherTransaction,
  key: string,
  expectedVersion: number | null | undefined,
): Promise<LockedClaim> {
  const { rows } = await tx.run<Omit<LockedClaim, "key">>({ cypher: LOCK_CLAIM, parameters: { id: key } });
  const claim = rows[0];
  if (!claim) {
    throw new NotFoundError("No claim has this ID.", { argument: "claim" });
  }
  if (expectedVersion !== null && expectedVersion !== undefined && expectedVersion !== claim.version) {
    throw new ConflictError(
      `The claim has changed since you read it (version ${expectedVersion}; it is now ${claim.version}). Read it again and redo the edit.`,
      { currentVersion: claim.version },
    );
  }
  return { key, ...claim };
}

/** Counts one more change of a claim; returns its new version. */
export async function bumpVersion(tx: CypherTransaction, key: string): Promise<number> {
  const { rows } = await tx.run<{ version: number }>({ cypher: BUMP_VERSION, parameters: { id: key } });
  return (rows[0] as { version: number }).version;
}
