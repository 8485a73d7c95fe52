import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { RequestContext } from "../server/request-context.js";
import { Show } from "../show/show.type.js";
import { showSeasonsList } from "./season.list.js";
import { Season } from "./season.type.js";
import { loadList } from "../pagination/load-list.js";

@Resolver(() => Show)
export class ShowSeasonsResolver {
  @FieldResolver(() => [Season], { description: "Its seasons, first to last." })
  seasons(@Root() show: Show, @Ctx() context: RequestContext): Promise<Season[]> {
    return loadList(context, showSeasonsList, show.key);
  }
}
