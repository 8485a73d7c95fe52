import type { RequestContext } from "../server/request-context.js";
import type { Lookup } from "./lookup-args.js";
import type { Node } from "./node.interface.js";
import { hydrate } from "./node.interface.js";
import type { NodeTypeInfo } from "./node-types.js";

/**
 * Finds one node of a type by a lookup. Names are not unique (remakes share titles), so a name
 * finds the earliest-created match by id order; lists with filters give all of them.
 */
export async function findNode<T extends Node>(
  context: RequestContext,
  type: NodeTypeInfo<T>,
  lookup: Lookup,
): Promise<T | null> {
  if (lookup.by === "key") {
    return lookup.typename === type.Type.name ? context.nodes.load(type, lookup.key) : null;
  }
  const [row] = await context.reads.read<{ node: Record<string, unknown> }>(
    {
      // Label and property come from fixed tables (node-types.ts, lookup-args.ts), never from a request.
      cypher: `MATCH (n:${type.label}) WHERE n.${lookup.property} = $value RETURN n {.*} AS node ORDER BY n.id LIMIT 1`,
      parameters: { value: lookup.value },
    },
    { operation: `find ${type.label} by ${lookup.property}` },
  );
  return row ? hydrate(type.Type, row.node) : null;
}
