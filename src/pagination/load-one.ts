import type { RequestContext } from "../server/request-context.js";
import type { ConnectionDefinition } from "./connection-definition.js";

/**
 * The one item a parent has at most (an article's publisher, a quote's speaker), batched across
 * parents like any connection.
 */
export async function loadOne<TNode>(
  context: RequestContext,
  definition: ConnectionDefinition<TNode>,
  parentKey: string,
): Promise<TNode | null> {
  const connection = await context.connections.load(definition, parentKey, {
    direction: "FORWARD",
    size: 1,
    after: null,
    before: null,
    order: null,
    totalCount: false,
  });
  return connection.nodes[0] ?? null;
}
