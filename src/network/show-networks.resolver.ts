import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";

import type { RequestContext } from "../server/request-context.js";
import { Show } from "../show/show.type.js";
import { Cancellation } from "./cancellation.type.js";
import { Carriage } from "./carriage.type.js";
import { showCancellationsList, showNetworksList } from "./show-networks.list.js";
import { loadList } from "../pagination/load-list.js";

@Resolver(() => Show)
export class ShowNetworksResolver {
  @FieldResolver(() => [Carriage], { description: "The networks that carry it, original first." })
  async networks(
    @Root() show: Show,
    @Ctx() context: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Carriage[]> {
    return (
      context.planned.get<Carriage[]>(show, info.path.key) ?? loadList(context, showNetworksList, show.key)
    );
  }

  @FieldResolver(() => [Cancellation], {
    description: "Who canceled it and when; empty unless it was canceled.",
  })
  canceledBy(@Root() show: Show, @Ctx() context: RequestContext): Promise<Cancellation[]> {
    return loadList(context, showCancellationsList, show.key);
  }
}
