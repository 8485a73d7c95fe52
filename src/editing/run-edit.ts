import { randomUUID } from "node:crypto";

import { Neo4jError } from "neo4j-driver";

import type { Viewer } from "../auth/viewer.js";
import { UnauthenticatedError } from "../errors/showgraph-error.js";
import type { CypherTransaction } from "../neo4j/cypher-executor.js";
import type { RequestContext } from "../server/request-context.js";
import { FIND_BY_IDEMPOTENCY_KEY, RECORD_EDIT } from "./edit-cypher.js";
import type { EditKind } from "./edit-kind.enum.js";
import type { Edit } from "./edit.type.js";
import { announceEdit } from "./announce-edit.js";
import { linkEditStatement } from "./link-edit.js";
import { toEdit } from "./to-edit.js";

/** What an edit's work returns: a one-line summary, the claims it touched and what to return. */
export interface EditOutcome {
  summary: string;
  touchedClaims: string[];
  /** Articles the edit added or changed as a whole (ingestFacts). */
  touchedArticles?: string[];
  /** A node the edit changed as a whole (the kept node of a merge). */
  touchedNode?: { label: string; id: string };
  /** What undoing the edit needs (a merge's record), as JSON. */
  undo?: string;
  /** Kept on the edit so that a replay with the same idempotency key can return it again. */
  result: string;
}

export interface EditRequest {
  kind: EditKind;
  reason: string | null;
  /** A client's key: the same key again returns the first edit's result and changes nothing. */
  idempotencyKey?: string | null;
}

/** An edit as it was recorded, and the result its work returned (or the first one, on a replay). */
export interface RecordedEdit {
  edit: Edit;
  result: string;
  replayed: boolean;
}

/** Writes the edit record of work done in `tx` (idempotencyKey already scoped to the viewer). */
export async function recordEdit(
  tx: CypherTransaction,
  viewer: Viewer,
  request: EditRequest,
  outcome: EditOutcome,
  editId: string = randomUUID(),
): Promise<Edit> {
  const { rows } = await tx.run<{ edit: Record<string, unknown> }>({
    cypher: RECORD_EDIT,
    parameters: {
      id: editId,
      kind: request.kind,
      by: viewer.name,
      reason: request.reason,
      summary: outcome.summary,
      idempotencyKey: request.idempotencyKey ?? null,
      result: outcome.result,
      touchedClaims: outcome.touchedClaims,
      touchedArticles: outcome.touchedArticles ?? [],
      undo: outcome.undo ?? null,
    },
  });
  const edit = toEdit((rows[0] as { edit: Record<string, unknown> }).edit);
  if (outcome.touchedNode) {
    await tx.run(linkEditStatement(edit.key, outcome.touchedNode));
  }
  return edit;
}

const CONSTRAINT_VIOLATION = "Neo.ClientError.Schema.ConstraintValidationFailed";

/**
 * Runs one edit in one write transaction and records it: the work, then an `Edit` node with who
 * (the viewer's name), when (the database's clock), why and what it touched. Any error leaves the
 * graph as it was. With an idempotency key, a key already used by this viewer returns the first
 * edit's result without doing anything; two requests racing with one key are settled by the
 * uniqueness constraint on the key, and the loser replays the winner.
 */
export async function runEdit(
  context: RequestContext,
  request: EditRequest,
  work: (tx: CypherTransaction, editId: string) => Promise<EditOutcome>,
): Promise<RecordedEdit> {
  const viewer = context.viewer;
  if (!viewer) {
    throw new UnauthenticatedError();
  }
  const idempotencyKey =
    request.idempotencyKey === undefined || request.idempotencyKey === null
      ? null
      : `${viewer.name}\u0000${request.idempotencyKey}`;
  const attempt = () =>
    context.executor.writeTransaction(
      async (tx): Promise<RecordedEdit & { outcome?: EditOutcome }> => {
        if (idempotencyKey !== null) {
          const { rows } = await tx.run<{ edit: Record<string, unknown>; result: string }>({
            cypher: FIND_BY_IDEMPOTENCY_KEY,
            parameters: { idempotencyKey },
          });
          const first = rows[0];
          if (first) {
            return { edit: toEdit(first.edit), result: first.result, replayed: true };
          }
        }
        const editId = randomUUID();
        const outcome = await work(tx, editId);
        const edit = await recordEdit(tx, viewer, { ...request, idempotencyKey }, outcome, editId);
        return { edit, result: outcome.result, replayed: false, outcome };
      },
      { operation: `edit ${request.kind}` },
    );
  let recorded: RecordedEdit & { outcome?: EditOutcome };
  try {
    recorded = await attempt();
  } catch (error) {
    const cause = (error as { originalError?: unknown }).originalError;
    if (idempotencyKey === null || !(cause instanceof Neo4jError) || cause.code !== CONSTRAINT_VIOLATION) {
      throw error;
    }
    recorded = await attempt();
  }
  if (recorded.outcome) {
    const { touchedClaims, touchedNode } = recorded.outcome;
    await announceEdit(context.executor, recorded.edit.key, touchedClaims, touchedNode ? [touchedNode] : []);
  }
  return recorded;
}
