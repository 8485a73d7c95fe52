import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";

import { Role } from "../../auth/role.js";
import { fromGlobalId, toGlobalId } from "../../common/global-id.js";
import { BadUserInputError, ConflictError, NotFoundError } from "../../errors/showgraph-error.js";
import type { EntityType } from "../../ingest/graph-vocabulary.js";
import { ENTITY_TYPES } from "../../ingest/graph-vocabulary.js";
import type { Node } from "../../node/node.interface.js";
import { nodeTypeNamed } from "../../node/node-types.js";
import type { RequestContext } from "../../server/request-context.js";
import { FIND_MERGE_EDIT, MARK_UNDONE } from "../edit-cypher.js";
import { EditKind } from "../edit-kind.enum.js";
import { requiredText } from "../required-text.js";
import { runEdit } from "../run-edit.js";
import type { MergeRecord } from "./merge-entities.js";
import { mergeEntities } from "./merge-entities.js";
import { MergeEntitiesInput, MergeEntitiesPayload, UndoMergeInput } from "./merge.types.js";
import { undoMerge } from "./undo-merge.js";

/** Labels a merge may fold: the model's entities, articles and seasons excepted (they have other keys). */
const MERGEABLE = ENTITY_TYPES.filter((label) => label !== "Season" && label !== "Article");

/** The longest list of duplicates one merge takes: a merge is a judgement about a few records. */
const MAX_DUPLICATES = 20;

@Resolver()
export class MergeResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => MergeEntitiesPayload, {
    description:
      "Folds duplicate records of one entity into one (admin): credits, claims, external IDs; names kept as aliases. Recorded as a judgement with who, when and why, and undoable (undoMerge).",
  })
  async mergeEntities(
    @Arg("input", () => MergeEntitiesInput) input: MergeEntitiesInput,
    @Ctx() context: RequestContext,
  ): Promise<MergeEntitiesPayload> {
    const keep = fromGlobalId(input.keep);
    const label = keep.typename as EntityType;
    if (!(MERGEABLE as readonly string[]).includes(label)) {
      throw new BadUserInputError(`${keep.typename} records cannot be merged`, { argument: "keep" });
    }
    if (input.merge.length === 0 || input.merge.length > MAX_DUPLICATES) {
      throw new BadUserInputError(`merge takes 1 to ${MAX_DUPLICATES} IDs`, { argument: "merge" });
    }
    const duplicates = input.merge.map((id) => {
      const { typename, key } = fromGlobalId(id);
      if (typename !== label) {
        throw new BadUserInputError(`every record merged must be a ${label}, like keep`, {
          argument: "merge",
        });
      }
      return key;
    });
    if (duplicates.includes(keep.key) || new Set(duplicates).size !== duplicates.length) {
      throw new BadUserInputError("merge must list other records than keep, each once", {
        argument: "merge",
      });
    }
    const reason = requiredText(input.reason, "reason");
    const recorded = await runEdit(
      context,
      { kind: EditKind.MERGE_ENTITIES, reason, idempotencyKey: input.idempotencyKey ?? null },
      async (tx) => {
        const record = await mergeEntities(tx, label, keep.key, duplicates);
        return {
          summary: `merged ${duplicates.join(", ")} into ${keep.key}`,
          touchedClaims: [],
          touchedNode: { label, id: keep.key },
          undo: JSON.stringify(record),
          result: input.keep,
        };
      },
    );
    return payload(context, recorded.result, recorded);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MergeEntitiesPayload, {
    description: "Takes a merge back (admin): the merged records return with their credits and claims.",
  })
  async undoMerge(
    @Arg("input", () => UndoMergeInput) input: UndoMergeInput,
    @Ctx() context: RequestContext,
  ): Promise<MergeEntitiesPayload> {
    const { typename, key } = fromGlobalId(input.edit);
    if (typename !== "Edit") {
      throw new BadUserInputError("edit must be the ID of a merge's edit", { argument: "edit" });
    }
    const reason = requiredText(input.reason, "reason");
    const recorded = await runEdit(context, { kind: EditKind.UNDO_MERGE, reason }, async (tx, editId) => {
      const { rows } = await tx.run<{ kind: string; undo: string | null; undoneBy: string | null }>({
        cypher: FIND_MERGE_EDIT,
        parameters: { id: key },
      });
      const merge = rows[0];
      if (!merge) {
        throw new NotFoundError("No edit has this ID.", { argument: "edit" });
      }
      if (merge.kind !== EditKind.MERGE_ENTITIES || merge.undo === null) {
        throw new BadUserInputError("This edit is not a merge.", { argument: "edit" });
      }
      if (merge.undoneBy) {
        throw new ConflictError("This merge was undone already.", {
          undoneBy: toGlobalId("Edit", merge.undoneBy),
        });
      }
      const record = JSON.parse(merge.undo) as MergeRecord;
      await undoMerge(tx, record);
      await tx.run({ cypher: MARK_UNDONE, parameters: { id: key, undoneBy: editId } });
      return {
        summary: `undid the merge into ${record.keep}`,
        touchedClaims: [],
        touchedNode: { label: record.label, id: record.keep },
        result: toGlobalId(record.label, record.keep),
      };
    });
    return payload(context, recorded.result, recorded);
  }
}

async function payload(
  context: RequestContext,
  keptId: string,
  recorded: { edit: MergeEntitiesPayload["edit"]; replayed: boolean },
): Promise<MergeEntitiesPayload> {
  const { typename, key } = fromGlobalId(keptId);
  const type = nodeTypeNamed(typename);
  const kept: Node | null = type ? await context.nodes.load(type, key) : null;
  return Object.assign(new MergeEntitiesPayload(), {
    kept,
    edit: recorded.edit,
    replayed: recorded.replayed,
  });
}
