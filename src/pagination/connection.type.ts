import type { ClassType } from "type-graphql";
import { Field, Int, ObjectType } from "type-graphql";

import { PageInfo } from "./page-info.type.js";

export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

export interface Connection<TNode> {
  edges: Edge<TNode>[];
  nodes: TNode[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A GraphQL object or interface class (interfaces are abstract classes). */
type NodeClass<TNode> = abstract new (...args: never[]) => TNode;

const declared = new Map<string, { NodeType: unknown; Type: ClassType<Connection<never>> }>();

/**
 * Declares `<Name>Connection` and `<Name>Edge` object types for a node type. Asking again for the
 * same name and node type gives the same class, so a root list (shows) and a nested field
 * (Network.shows) can both use `ShowConnection` without declaring the GraphQL type twice.
 */
export function ConnectionType<TNode extends object>(
  name: string,
  NodeType: NodeClass<TNode>,
): ClassType<Connection<TNode>> {
  const existing = declared.get(name);
  if (existing) {
    if (existing.NodeType !== NodeType) {
      throw new Error(`${name}Connection is already declared for another node type`);
    }
    return existing.Type as ClassType<Connection<TNode>>;
  }
  @ObjectType(`${name}Edge`)
  class EdgeType implements Edge<TNode> {
    @Field(() => String, { description: "Pass to after/before to continue from this item." })
    cursor!: string;

    @Field(() => NodeType)
    node!: TNode;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionObjectType implements Connection<TNode> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => [NodeType], { description: "The edges' nodes, for clients that need no cursors." })
    nodes!: TNode[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "How many items there are in all pages." })
    totalCount!: number;
  }

  declared.set(name, { NodeType, Type: ConnectionObjectType as ClassType<Connection<never>> });
  return ConnectionObjectType;
}
