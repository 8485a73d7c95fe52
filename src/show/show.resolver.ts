import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";

import { CastCreditConnection, showCastConnection } from "../credit/cast-credit.connection.js";
import type { CastCredit } from "../credit/cast-credit.type.js";
import type { CrewFilter } from "../credit/crew-credit.connection.js";
import { crewJobsWithin } from "../credit/crew-jobs.js";
import { CrewCreditConnection, showCrewConnection } from "../credit/crew-credit.connection.js";
import type { CrewCredit } from "../credit/crew-credit.type.js";
import { CrewJob } from "../credit/crew-job.enum.js";
import { findNode } from "../node/find-node.js";
import { LookupArgs, toLookup } from "../node/lookup-args.js";
import { nodeTypes } from "../node/node-types.js";
import type { Connection } from "../pagination/connection.type.js";
import { ConnectionArgs, toPageRequest } from "../pagination/connection-args.js";
import type { RequestContext } from "../server/request-context.js";
import { RelatedShowConnection, showRelatedShowsConnection } from "./related-show.connection.js";
import type { RelatedShow } from "./related-show.type.js";
import { Show } from "./show.type.js";

@Resolver(() => Show)
export class ShowResolver {
  @Query(() => Show, {
    nullable: true,
    description: "One show by global ID, title (any case) or external ID.",
  })
  show(@Args() lookup: LookupArgs, @Ctx() context: RequestContext): Promise<Show | null> {
    return findNode(context, nodeTypes.Show, toLookup(lookup));
  }

  @FieldResolver(() => CastCreditConnection, {
    description: "The cast in billing order, with the characters they play.",
  })
  cast(
    @Root() show: Show,
    @Args() page: ConnectionArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<CastCredit>> {
    return context.connections.load(showCastConnection, show.key, toPageRequest(page));
  }

  @FieldResolver(() => CrewCreditConnection, {
    description:
      "The crew, creators and showrunners first; `job` keeps one job and the jobs within it (PRODUCER keeps executive producers and showrunners too).",
  })
  crew(
    @Root() show: Show,
    @Arg("job", () => CrewJob, { nullable: true }) job: CrewJob | null,
    @Args() page: ConnectionArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<CrewCredit>> {
    const filter: CrewFilter = { jobs: crewJobsWithin(job) };
    return context.connections.load(showCrewConnection, show.key, toPageRequest(page), { filter });
  }

  @FieldResolver(() => RelatedShowConnection, {
    description:
      "Shows related to this one: stated relations (same creator, spin-off, ...) first, then shows sharing most cast or crew.",
  })
  relatedShows(
    @Root() show: Show,
    @Args() page: ConnectionArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<RelatedShow>> {
    return context.connections.load(showRelatedShowsConnection, show.key, toPageRequest(page));
  }
}
