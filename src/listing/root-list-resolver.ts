import type { GraphQLResolveInfo } from "graphql";
import type { ClassType } from "type-graphql";
import { Arg, Args, Ctx, Info, Query, Resolver } from "type-graphql";

import type { Node } from "../node/node.interface.js";
import type { Connection } from "../pagination/connection.type.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { ConnectionArgs } from "../pagination/connection-args.js";
import type { RequestContext } from "../server/request-context.js";
import { loadRootList } from "./load-root-list.js";
import type { Order } from "./order.input.js";
import type { RootListDefinition } from "./root-list-definition.js";

export interface RootListResolverOptions<
  TNode extends Node,
  TFilter extends object,
  TOrderField extends string,
> {
  list: RootListDefinition<TNode, TFilter, TOrderField>;
  Filter: ClassType<TFilter>;
  Order: ClassType<Order<TOrderField>>;
  description: string;
}

/**
 * Declares the root query `<list.name>(filter, orderBy, first, after, last, before)` returning
 * `<Type>Connection`: one resolver class per list, all with the same arguments and behaviour.
 */
export function RootListResolver<TNode extends Node, TFilter extends object, TOrderField extends string>({
  list,
  Filter,
  Order,
  description,
}: RootListResolverOptions<TNode, TFilter, TOrderField>): ClassType {
  const NodeConnection = ConnectionType(list.type.Type.name, list.type.Type);

  @Resolver()
  class RootListResolverType {
    @Query(() => NodeConnection, { name: list.name, description })
    list(
      @Arg("filter", () => Filter, { nullable: true }) filter: TFilter | null,
      @Arg("orderBy", () => Order, { nullable: true }) orderBy: Order<TOrderField> | null,
      @Args() page: ConnectionArgs,
      @Ctx() context: RequestContext,
      @Info() info: GraphQLResolveInfo,
    ): Promise<Connection<TNode>> {
      return loadRootList(context, list, { filter, orderBy, page, info });
    }
  }

  return RootListResolverType;
}
