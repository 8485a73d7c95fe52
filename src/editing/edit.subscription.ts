import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from "type-graphql";

import type { Claim } from "../claim/claim.type.js";
import { Claim as ClaimType } from "../claim/claim.type.js";
import { loadClaim } from "../claim/claim-details.batch.js";
import type { RequestContext } from "../server/request-context.js";
import { freshLoaders } from "../server/request-context.js";
import type { EditEvent } from "./edit-events.js";
import { EDITS_TOPIC } from "./edit-events.js";
import { Edit } from "./edit.type.js";
import { EDIT_PROJECTION } from "./edit-cypher.js";
import { toEdit } from "./to-edit.js";

/** An edit as a subscriber receives it, with the claims it touched as they now are. */
type LiveEdit = Edit & { touchedClaimIds?: string[] };

@Resolver(() => Edit)
export class EditSubscriptionResolver {
  @Subscription(() => Edit, {
    topics: EDITS_TOPIC,
    filter: ({ payload, args }: { payload: EditEvent; args: { about?: string | null } }) =>
      !args.about || payload.about.includes(args.about),
    description:
      "Edits as they are committed (graphql-ws over WebSocket at /graphql): every edit, or those about one node or claim (a claim about it changed, or the node itself, as in a merge).",
  })
  async edits(
    @Root() event: EditEvent,
    @Arg("about", () => ID, { nullable: true, description: "A node's or a claim's global ID." })
    _about: string | null,
    @Ctx() context: RequestContext,
  ): Promise<LiveEdit> {
    Object.assign(context, freshLoaders(context.executor));
    const [row] = await context.executor.read<{ edit: Record<string, unknown> }>(
      {
        cypher: `MATCH (e:Edit {id: $id}) RETURN ${EDIT_PROJECTION} AS edit`,
        parameters: { id: event.editId },
      },
      { operation: "subscription edits" },
    );
    return Object.assign(toEdit(row?.edit ?? { id: event.editId }), { touchedClaimIds: event.claimIds });
  }

  @FieldResolver(() => [ClaimType], { description: "The claims the edit changed, as they are now." })
  async claims(@Root() edit: LiveEdit, @Ctx() context: RequestContext): Promise<Claim[]> {
    const view = { includeDeprecated: true, knownOn: null, validOn: null };
    const ids =
      edit.touchedClaimIds ??
      (
        await context.executor.read<{ id: string }>(
          {
            cypher: "MATCH (:Edit {id: $id})-[:EDITED]->(c:Claim) RETURN c.id AS id ORDER BY id",
            parameters: { id: edit.key },
          },
          { operation: "Edit.claims" },
        )
      ).map((row) => row.id);
    const claims = await Promise.all(ids.map((id) => loadClaim(context, id, view)));
    return claims.filter((claim): claim is Claim => claim !== null);
  }
}
