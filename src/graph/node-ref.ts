import { fromGlobalId, toGlobalId } from "../common/global-id.js";
import { BadUserInputError } from "../errors/showgraph-error.js";
import type { NodeRef } from "../node/node-ref.js";
import { nodeTypeNamed } from "../node/node-types.js";
import { nodeTypeLabeled } from "./registered-labels.js";

/**
 * The node a global ID names, or null when its type is not registered (it names nothing).
 * A malformed ID is BAD_USER_INPUT naming `argument`.
 */
export function nodeRefOf(globalId: string, argument: string): NodeRef | null {
  let resolved;
  try {
    resolved = fromGlobalId(globalId);
  } catch (error) {
    if (error instanceof BadUserInputError) {
      throw new BadUserInputError(`${argument}: ${error.message}`, { argument });
    }
    throw error;
  }
  const type = nodeTypeNamed(resolved.typename);
  return type ? { label: type.label, key: resolved.key } : null;
}

/** The global ID of a node of a registered label, as its GraphQL object reports it. */
export function globalIdOf({ label, key }: NodeRef): string {
  const type = nodeTypeLabeled(label);
  if (!type) {
    throw new Error(`No GraphQL type is registered for the label ${label}`);
  }
  return toGlobalId(type.Type.name, key);
}
