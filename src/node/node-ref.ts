import type { Node } from "./node.interface.js";

/** A node as Cypher finds it: its label (the GraphQL type name) and its stored `id`. */
export interface NodeRef {
  label: string;
  key: string;
}

export function nodeRef(node: Node): NodeRef {
  return { label: node.constructor.name, key: node.key };
}
