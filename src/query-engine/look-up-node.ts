import type { GraphQLResolveInfo } from "graphql";

import { findNode } from "../node/find-node.js";
import type { Lookup } from "../node/lookup-args.js";
import type { Node } from "../node/node.interface.js";
import type { NodeTypeInfo } from "../node/node-types.js";
import type { RequestContext } from "../server/request-context.js";
import { planNodeLookup } from "./plan-node-lookup.js";

/**
 * A root look-up field (`show(...)`, `person(...)`): planned as one statement with what its
 * selection asks below it when the engine can (plan-node-lookup.ts), else found alone and left
 * to the field resolvers. Null when nothing matches.
 */
export async function lookUpNode<T extends Node>(
  context: RequestContext,
  info: GraphQLResolveInfo,
  type: NodeTypeInfo<T>,
  lookup: Lookup,
): Promise<T | null> {
  const planned = await planNodeLookup(context, info, type, lookup);
  return planned !== undefined ? planned : findNode(context, type, lookup);
}
