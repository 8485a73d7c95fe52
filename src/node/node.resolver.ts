import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";

import { fromGlobalId } from "../common/global-id.js";
import { BadUserInputError } from "../errors/showgraph-error.js";
import { MAX_PAGE_SIZE } from "../pagination/page-size.js";
import type { RequestContext } from "../server/request-context.js";
import { Node } from "./node.interface.js";
import { nodeTypeNamed } from "./node-types.js";

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: "Any object by its global ID; null when nothing has that ID.",
  })
  async node(@Arg("id", () => ID) id: string, @Ctx() context: RequestContext): Promise<Node | null> {
    const { typename, key } = fromGlobalId(id);
    const type = nodeTypeNamed(typename);
    return type ? context.nodes.load(type, key) : null;
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Several objects by global ID, in order (at most ${MAX_PAGE_SIZE}).`,
  })
  async nodes(
    @Arg("ids", () => [ID]) ids: string[],
    @Ctx() context: RequestContext,
  ): Promise<(Node | null)[]> {
    if (ids.length > MAX_PAGE_SIZE) {
      throw new BadUserInputError(`ids takes at most ${MAX_PAGE_SIZE} IDs (got ${ids.length})`, {
        argument: "ids",
      });
    }
    return Promise.all(ids.map((id) => this.node(id, context)));
  }
}
