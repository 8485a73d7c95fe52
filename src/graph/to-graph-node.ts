import type { Node } from "../node/node.interface.js";
import { hydrate } from "../node/node.interface.js";
import type { PlainNode } from "./plain-graph.js";
import { nodeTypeLabeled } from "./registered-labels.js";

/** The GraphQL object of a plain node; null when its label has no registered type yet. */
export function toGraphNode({ label, properties }: PlainNode): Node | null {
  const type = nodeTypeLabeled(label);
  return type ? hydrate(type.Type, properties) : null;
}
