import type { Node } from "../node/node.interface.js";
import type { GraphRelationship } from "./graph-relationship.type.js";
import { globalIdOf } from "./node-ref.js";
import type { Path } from "./path.type.js";
import type { PlainNode, PlainPath, PlainRelationship, PlainSubgraph } from "./plain-graph.js";
import type { Subgraph } from "./subgraph.type.js";
import { toGraphNode } from "./to-graph-node.js";

interface GraphParts {
  nodes: Node[];
  relationships: GraphRelationship[];
}

/**
 * GraphQL objects for plain nodes and the relationships among them. A node without a registered
 * type is left out, and so is every relationship that touches it.
 */
function toGraphParts(plainNodes: PlainNode[], plainRelationships: PlainRelationship[]): GraphParts {
  const byRef = new Map<string, Node>();
  const refOf = (label: string, key: string) => JSON.stringify([label, key]);
  for (const plain of plainNodes) {
    const node = toGraphNode(plain);
    if (node) {
      byRef.set(refOf(plain.label, plain.key), node);
    }
  }
  const relationships = plainRelationships.flatMap((plain) => {
    const from = byRef.get(refOf(plain.startLabel, plain.startKey));
    const to = byRef.get(refOf(plain.endLabel, plain.endKey));
    if (!from || !to) {
      return [];
    }
    return [
      {
        id: plain.id,
        type: plain.type,
        fromId: globalIdOf({ label: plain.startLabel, key: plain.startKey }),
        toId: globalIdOf({ label: plain.endLabel, key: plain.endKey }),
        from,
        to,
        properties: plain.properties,
      },
    ];
  });
  return { nodes: [...byRef.values()], relationships };
}

export function toSubgraph({ nodes, relationships, truncated }: PlainSubgraph): Subgraph {
  return { ...toGraphParts(nodes, relationships), truncated };
}

/** Null when a node on the path has no registered type: a path with a hole is no path. */
export function toPath({ length, nodes, relationships }: PlainPath): Path | null {
  const parts = toGraphParts(nodes, relationships);
  return parts.nodes.length === nodes.length && parts.relationships.length === length
    ? { length, ...parts }
    : null;
}
