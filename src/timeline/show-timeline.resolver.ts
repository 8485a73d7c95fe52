import type { GraphQLResolveInfo } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";

import { claimView } from "../claim/claim-view.js";
import type { RequestContext } from "../server/request-context.js";
import { Show } from "../show/show.type.js";
import { buildTimeline } from "./build-timeline.js";
import { timelineBatch } from "./timeline.batch.js";
import { Timeline } from "./timeline.type.js";

@Resolver(() => Show)
export class ShowTimelineResolver {
  @FieldResolver(() => Timeline, {
    description:
      "The show's events (production, premiere, cancellation, reports, interviews) in date order, each with its claims and sources.",
  })
  async timeline(
    @Root() show: Show,
    @Arg("knownOn", () => GraphQLLocalDate, {
      nullable: true,
      description: "Only events the graph knew of at the end of this day. Overrides @asOf.",
    })
    knownOn: string | null,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Timeline> {
    // A timeline is history: it is filtered by what was known, never by what was still true.
    const view = { ...claimView({ knownOn }, info), validOn: null };
    return buildTimeline(await context.batches.load(timelineBatch, show.key, { view }));
  }
}
