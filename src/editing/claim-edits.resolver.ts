import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from "type-graphql";

import { Role } from "../auth/role.js";
import { ClaimRank } from "../claim/claim-rank.enum.js";
import { loadClaim } from "../claim/claim-details.batch.js";
import { claimView } from "../claim/claim-view.js";
import { BadUserInputError } from "../errors/showgraph-error.js";
import type { RequestContext } from "../server/request-context.js";
import type { ClaimEditInput } from "./claim-edit.inputs.js";
import {
  AddClaimSourceInput,
  DeprecateClaimInput,
  SetClaimConfidenceInput,
  SetClaimRankInput,
} from "./claim-edit.inputs.js";
import { ClaimEditPayload } from "./claim-edit.payload.js";
import type { ClaimChange } from "./claim-edits.js";
import { addSource, setConfidence, setRank } from "./claim-edits.js";
import type { LockedClaim } from "./claim-lock.js";
import { bumpVersion, lockClaim } from "./claim-lock.js";
import { EditKind } from "./edit-kind.enum.js";
import { articleKey, claimKey } from "./global-keys.js";
import { runEdit } from "./run-edit.js";
import { requiredText } from "./required-text.js";

/**
 * Journalists' corrections of claims. Each mutation is one transaction that locks the claim,
 * checks `expectedVersion`, changes it, counts a new version and records the edit; on any error
 * nothing changes (docs/editing.md).
 */
@Resolver()
export class ClaimEditsResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => ClaimEditPayload, {
    description: "Adds a passage of an article as a source of a claim; its known time is derived again.",
  })
  addClaimSource(
    @Arg("input", () => AddClaimSourceInput) input: AddClaimSourceInput,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ClaimEditPayload> {
    const article = articleKey(input.article);
    requiredText(input.quote, "quote");
    const quote = input.quote; // the exact words: never trimmed
    return editClaim(context, info, input, EditKind.ADD_SOURCE, input.reason ?? null, (tx, claim) =>
      addSource(tx, claim, { article, quote, start: input.start ?? null }),
    );
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ClaimEditPayload, {
    description:
      "Changes a claim's rank to PREFERRED or NORMAL, with a reason. The graph's stored fact follows: a preferred property claim sets the property (and demotes the other preferred one).",
  })
  setClaimRank(
    @Arg("input", () => SetClaimRankInput) input: SetClaimRankInput,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ClaimEditPayload> {
    if (input.rank === ClaimRank.DEPRECATED) {
      throw new BadUserInputError("To deprecate a claim, use deprecateClaim: it keeps the reason.", {
        argument: "rank",
      });
    }
    const reason = requiredText(input.reason, "reason");
    return editClaim(context, info, input, EditKind.CHANGE_RANK, reason, (tx, claim) =>
      setRank(tx, claim, input.rank, null),
    );
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ClaimEditPayload, {
    description:
      "Marks a claim as wrong, keeping it with the reason (its deprecationReason). A relationship no other claim asserts is removed; a preferred property is removed.",
  })
  deprecateClaim(
    @Arg("input", () => DeprecateClaimInput) input: DeprecateClaimInput,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ClaimEditPayload> {
    const reason = requiredText(input.reason, "reason");
    return editClaim(context, info, input, EditKind.DEPRECATE, reason, (tx, claim) =>
      setRank(tx, claim, ClaimRank.DEPRECATED, reason),
    );
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ClaimEditPayload, {
    description: "Changes a claim's confidence, with the note that explains it.",
  })
  setClaimConfidence(
    @Arg("input", () => SetClaimConfidenceInput) input: SetClaimConfidenceInput,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ClaimEditPayload> {
    if (!(input.confidence >= 0 && input.confidence <= 1)) {
      throw new BadUserInputError("confidence must be between 0 and 1", { argument: "confidence" });
    }
    const note = requiredText(input.note, "note");
    return editClaim(context, info, input, EditKind.CHANGE_CONFIDENCE, note, (tx, claim) =>
      setConfidence(tx, claim, input.confidence, note),
    );
  }
}

/** Locks, checks the version, changes, counts the version, records; then reads the claim back. */
async function editClaim(
  context: RequestContext,
  info: GraphQLResolveInfo,
  input: ClaimEditInput,
  kind: EditKind,
  reason: string | null,
  change: (tx: Parameters<typeof lockClaim>[0], claim: LockedClaim) => Promise<ClaimChange>,
): Promise<ClaimEditPayload> {
  const key = claimKey(input.claim);
  const idempotencyKey = input.idempotencyKey === undefined ? null : input.idempotencyKey;
  const recorded = await runEdit(context, { kind, reason, idempotencyKey }, async (tx) => {
    const claim = await lockClaim(tx, key, input.expectedVersion);
    const { summary, alsoTouched } = await change(tx, claim);
    await bumpVersion(tx, key);
    return { summary, touchedClaims: [key, ...alsoTouched], result: key };
  });
  const claim = await loadClaim(context, recorded.result, claimView({ includeDeprecated: true }, info));
  return Object.assign(new ClaimEditPayload(), { claim, edit: recorded.edit, replayed: recorded.replayed });
}
