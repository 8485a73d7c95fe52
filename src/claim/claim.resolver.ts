import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";

import { fromGlobalId } from "../common/global-id.js";
import { Node } from "../node/node.interface.js";
import type { Connection } from "../pagination/connection.type.js";
import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import { ConnectionArgs, toPageRequest } from "../pagination/connection-args.js";
import type { RequestContext } from "../server/request-context.js";
import {
  allClaims,
  ClaimConnection,
  claimsAbout,
  claimsFromArticle,
  claimsFromNewsSource,
  claimsWithPredicate,
} from "./claim.connections.js";
import { Claim } from "./claim.type.js";
import { claimDetails, loadClaim } from "./claim-details.batch.js";
import type { ClaimFilter } from "./claim-filter.args.js";
import { ClaimFilterArgs, toClaimFilter } from "./claim-filter.args.js";
import { ClaimSource } from "./claim-source.type.js";
import { ClaimViewArgs, claimView } from "./claim-view.js";
import { ConfidenceDerivation } from "./confidence-derivation.type.js";
import { claimListParameters } from "./load-claims.js";

/** The most selective way into the claims a filter asks for. */
function claimListFor(filter: ClaimFilter): ConnectionDefinition<Claim> {
  if (filter.about) {
    return claimsAbout(filter.about.label);
  }
  if (filter.source) {
    return filter.source.label === "Article" ? claimsFromArticle : claimsFromNewsSource;
  }
  return filter.predicate !== null ? claimsWithPredicate : allClaims;
}

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => Claim, { nullable: true, description: "One claim by global ID, whatever its rank." })
  claim(
    @Arg("id", () => ID) id: string,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Claim | null> | null {
    const { typename, key } = fromGlobalId(id);
    return typename === "Claim"
      ? loadClaim(context, key, claimView({ includeDeprecated: true }, info))
      : null;
  }

  @Query(() => ClaimConnection, {
    description:
      "Claims, filtered: about an entity, from a source, by predicate, resting on a single source; deprecated ones on request; as known or as valid on a day. By predicate, the preferred claim first.",
  })
  claims(
    @Args() filterArgs: ClaimFilterArgs,
    @Args() viewArgs: ClaimViewArgs,
    @Args() page: ConnectionArgs,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<Claim>> {
    const filter = toClaimFilter(filterArgs);
    return context.connections.loadRoot(
      claimListFor(filter),
      toPageRequest(page, info),
      claimListParameters(filter, viewArgs, info),
    );
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: "What the claim is about: a show, a person, a character, an article...",
  })
  async subject(@Root() claim: Claim, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return (await claimDetails(context, claim, claimView({}, info))).subject;
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: "The other end, for a claim about a relationship.",
  })
  async object(@Root() claim: Claim, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return (await claimDetails(context, claim, claimView({}, info))).object;
  }

  @FieldResolver(() => [ClaimSource], {
    description:
      "Where the claim comes from: each supporting article with its exact quote and offsets, then any earlier report they relay. Empty for general knowledge.",
  })
  async sources(@Root() claim: Claim, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo) {
    return (await claimDetails(context, claim, claimView({}, info))).sources;
  }

  @FieldResolver(() => ConfidenceDerivation)
  async confidenceDerivation(
    @Root() claim: Claim,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return (await claimDetails(context, claim, claimView({}, info))).derivation;
  }
}
