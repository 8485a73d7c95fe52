/** The shapes of the graph API (Query.search, Query.neighborhood, Query.paths) the view draws. */
export interface GraphNode {
  __typename: string;
  id: string;
  displayName: string;
}

export interface GraphRelationship {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  properties: Record<string, unknown>;
}

export interface Subgraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** The server stopped at its limit: there is more around. */
  truncated: boolean;
}

export interface GraphPath {
  length: number;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

export interface SearchHit {
  score: number;
  node: GraphNode;
}
