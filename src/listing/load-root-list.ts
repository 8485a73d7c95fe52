import type { GraphQLResolveInfo } from "graphql";

import type { Node } from "../node/node.interface.js";
import type { Connection } from "../pagination/connection.type.js";
import type { ConnectionArgs } from "../pagination/connection-args.js";
import { toPageRequest } from "../pagination/connection-args.js";
import type { RequestContext } from "../server/request-context.js";
import type { Order } from "./order.input.js";
import type { RootListDefinition } from "./root-list-definition.js";
import { rootListQuery } from "./root-list-query.js";

export interface RootListArgs<TFilter, TOrderField extends string> {
  filter: TFilter | null | undefined;
  orderBy: Order<TOrderField> | null | undefined;
  page: ConnectionArgs;
  /** The resolver's info: the total is counted only when `totalCount` is selected. */
  info?: GraphQLResolveInfo;
}

/** One page of a root list: one statement, with the total count. */
export function loadRootList<TNode extends Node, TFilter extends object, TOrderField extends string>(
  context: RequestContext,
  list: RootListDefinition<TNode, TFilter, TOrderField>,
  { filter, orderBy, page, info }: RootListArgs<TFilter, TOrderField>,
): Promise<Connection<TNode>> {
  const request = toPageRequest(page, info);
  const { definition, parameters } = rootListQuery(list, filter, orderBy);
  return context.connections.loadRoot(definition, request, parameters);
}
