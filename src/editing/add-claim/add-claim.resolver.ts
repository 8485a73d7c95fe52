import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, Info, Mutation, Resolver } from "type-graphql";

import { Role } from "../../auth/role.js";
import { loadClaim } from "../../claim/claim-details.batch.js";
import { claimView } from "../../claim/claim-view.js";
import type { RequestContext } from "../../server/request-context.js";
import { ClaimEditPayload } from "../claim-edit.payload.js";
import { EditKind } from "../edit-kind.enum.js";
import { runEdit } from "../run-edit.js";
import { AddClaimInput } from "./add-claim.input.js";
import { addClaim } from "./add-claim.js";

@Resolver()
export class AddClaimResolver {
  @Authorized(Role.EDITOR)
  @Mutation(() => ClaimEditPayload, {
    description:
      "Adds a claim with the passage of an article that supports it, checked as ingest checks a facts file's claim. Its known time is the day of the edit (knownFromBasis EDIT). CONFLICT when the graph holds the claim already (add a source to it with addClaimSource).",
  })
  async addClaim(
    @Arg("input", () => AddClaimInput) input: AddClaimInput,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ClaimEditPayload> {
    const recorded = await runEdit(
      context,
      {
        kind: EditKind.ADD_CLAIM,
        reason: input.reason ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
      },
      async (tx) => {
        const id = await addClaim(tx, input);
        return { summary: `claim added: ${id}`, touchedClaims: [id], result: id };
      },
    );
    const claim = await loadClaim(context, recorded.result, claimView({ includeDeprecated: true }, info));
    return Object.assign(new ClaimEditPayload(), { claim, edit: recorded.edit, replayed: recorded.replayed });
  }
}
