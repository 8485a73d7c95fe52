import { Args, Ctx, Query, Resolver } from "type-graphql";

import type { Connection } from "../pagination/connection.type.js";
import type { RequestContext } from "../server/request-context.js";
import { SearchArgs } from "./search.args.js";
import { searchEntities } from "./search.service.js";
import type { SearchHit } from "./search-hit.type.js";
import { SearchHitConnection } from "./search-hit.type.js";

@Resolver()
export class SearchResolver {
  @Query(() => SearchHitConnection, {
    description:
      "Every kind of entity by name or title, best match first: any case, with or without accents, partial words, a typo or two.",
  })
  search(
    @Args() args: SearchArgs,
    @Ctx() { reads: executor }: RequestContext,
  ): Promise<Connection<SearchHit>> {
    return searchEntities({ executor, ...args });
  }
}
