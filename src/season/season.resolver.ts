import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";

import { findNode } from "../node/find-node.js";
import { toNameLookup } from "../node/lookup-args.js";
import { nodeTypes } from "../node/node-types.js";
import type { RequestContext } from "../server/request-context.js";
import { Show } from "../show/show.type.js";
import { seasonShowList } from "./season.list.js";
import { Season } from "./season.type.js";
import { loadFirst } from "../pagination/load-list.js";

@Resolver(() => Season)
export class SeasonResolver {
  @Query(() => Season, { nullable: true, description: "One season by global ID." })
  season(@Arg("id", () => ID) id: string, @Ctx() context: RequestContext): Promise<Season | null> {
    return findNode(context, nodeTypes.Season, toNameLookup({ id }));
  }

  @FieldResolver(() => Show, { nullable: true })
  show(@Root() season: Season, @Ctx() context: RequestContext): Promise<Show | null> {
    return loadFirst(context, seasonShowList, season.key);
  }
}
