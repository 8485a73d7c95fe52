import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { RequestContext } from "../server/request-context.js";
import { Show } from "../show/show.type.js";
import { Cancellation } from "./cancellation.type.js";
import { Carriage } from "./carriage.type.js";
import { showCancellationsList, showNetworksList } from "./show-networks.list.js";
import { loadList } from "../pagination/load-list.js";

@Resolver(() => Show)
export class ShowNetworksResolver {
  @FieldResolver(() => [Carriage], { description: "The networks that carry it, original first." })
  networks(@Root() show: Show, @Ctx() context: RequestContext): Promise<Carriage[]> {
    return loadList(context, showNetworksList, show.key);
  }

  @FieldResolver(() => [Cancellation], {
    description: "Who canceled it and when; empty unless it was canceled.",
  })
  canceledBy(@Root() show: Show, @Ctx() context: RequestContext): Promise<Cancellation[]> {
    return loadList(context, showCancellationsList, show.key);
  }
}
