import { Args, Ctx, Query, Resolver } from "type-graphql";

import type { RequestContext } from "../server/request-context.js";
import { NeighborhoodArgs, PathsArgs } from "./graph.args.js";
import { findNeighborhood, findPaths } from "./graph.service.js";
import { Path } from "./path.type.js";
import { Subgraph } from "./subgraph.type.js";
import { toPath, toSubgraph } from "./to-graph-types.js";

@Resolver()
export class GraphResolver {
  @Query(() => Subgraph, {
    nullable: true,
    description:
      "The nodes within `depth` steps of a node, with every relationship among them; provenance claims are left out. Null when nothing has that ID.",
  })
  async neighborhood(
    @Args() { id, depth, limit }: NeighborhoodArgs,
    @Ctx() { reads: executor }: RequestContext,
  ): Promise<Subgraph | null> {
    const subgraph = await findNeighborhood({
      executor,
      id,
      depth: depth ?? undefined,
      limit: limit ?? undefined,
    });
    return subgraph ? toSubgraph(subgraph) : null;
  }

  @Query(() => [Path], {
    description:
      "The shortest paths between two nodes, in either direction along each relationship, through domain nodes (not provenance claims). Empty when they are not connected within maxLength.",
  })
  async paths(
    @Args() { from, to, maxLength, first }: PathsArgs,
    @Ctx() { reads: executor }: RequestContext,
  ): Promise<Path[]> {
    const paths = await findPaths({
      executor,
      from,
      to,
      maxLength: maxLength ?? undefined,
      first: first ?? undefined,
    });
    return paths.map(toPath).filter((path): path is Path => path !== null);
  }
}
