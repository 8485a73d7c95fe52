import type { GraphQLResolveInfo } from "graphql";

import type { CypherParameters } from "../neo4j/cypher-executor.js";
import type { Connection } from "../pagination/connection.type.js";
import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import type { ConnectionArgs } from "../pagination/connection-args.js";
import { toPageRequest } from "../pagination/connection-args.js";
import type { RequestContext } from "../server/request-context.js";
import type { Claim } from "./claim.type.js";
import type { ClaimFilter, ClaimFilterArgs } from "./claim-filter.args.js";
import { toClaimFilter } from "./claim-filter.args.js";
import type { ClaimViewArgs } from "./claim-view.js";
import { claimView } from "./claim-view.js";

export interface ClaimListRequest {
  context: RequestContext;
  info: GraphQLResolveInfo;
  filter: ClaimFilterArgs;
  view: ClaimViewArgs;
  page: ConnectionArgs;
}

/** The `$filter` and `$view` parameters of every claims list (claim.connections.ts). */
export function claimListParameters(
  filter: ClaimFilter,
  view: ClaimViewArgs,
  info: GraphQLResolveInfo,
): CypherParameters {
  return { filter, view: claimView(view, info) };
}

/** A page of a nested claims list (an article's, an outlet's), batched across parents. */
export function loadClaimList(
  definition: ConnectionDefinition<Claim>,
  parentKey: string,
  { context, info, filter, view, page }: ClaimListRequest,
): Promise<Connection<Claim>> {
  return context.connections.load(
    definition,
    parentKey,
    toPageRequest(page, info),
    claimListParameters(toClaimFilter(filter), view, info),
  );
}
