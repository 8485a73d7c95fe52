import type { GraphQLRequest } from "../shared/graphql-client.js";
import type { Claim } from "./claim-data.js";
import { CLAIM_FRAGMENT } from "./claim-data.js";
import type { GraphNode, GraphPath, GraphRelationship, SearchHit, Subgraph } from "./graph-data.js";

const NODE_FRAGMENT = `
fragment GraphNode on Node { __typename id displayName }`;
const FRAGMENTS = `${NODE_FRAGMENT}
fragment GraphRelationship on GraphRelationship { id type fromId toId properties }`;

const SEARCH = `query GraphViewSearch($text: String!, $first: Int) {
  search(text: $text, first: $first) { nodes { score node { ...GraphNode } } }
}${NODE_FRAGMENT}`;

const NEIGHBORHOOD = `query GraphViewNeighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    truncated
    nodes { ...GraphNode }
    relationships { ...GraphRelationship }
  }
}${FRAGMENTS}`;

// A path is read with the sources of every hop: its panel lists them and cites them.
const PATHS = `query GraphViewPaths($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, first: $first) {
    length
    nodes { ...GraphNode }
    relationships { ...GraphRelationship evidence { ...EvidenceClaim } }
  }
}${FRAGMENTS}${CLAIM_FRAGMENT}`;

/** A path whose relationships carry their claims (preferred and normal ones, not deprecated). */
export interface EvidencedPath extends GraphPath {
  relationships: Array<GraphRelationship & { evidence: Claim[] }>;
}

export async function searchEntities(request: GraphQLRequest, text: string, first = 8): Promise<SearchHit[]> {
  const data = await request<{ search: { nodes: SearchHit[] } }>(SEARCH, { text, first });
  return data.search.nodes;
}

/** Null when nothing has that id. */
export async function fetchNeighborhood(
  request: GraphQLRequest,
  { id, depth, limit }: { id: string; depth: number; limit: number },
): Promise<Subgraph | null> {
  const data = await request<{ neighborhood: Subgraph | null }>(NEIGHBORHOOD, { id, depth, limit });
  return data.neighborhood;
}

export async function fetchPaths(
  request: GraphQLRequest,
  { from, to, maxLength, first }: { from: string; to: string; maxLength: number; first: number },
): Promise<EvidencedPath[]> {
  const data = await request<{ paths: EvidencedPath[] }>(PATHS, { from, to, maxLength, first });
  return data.paths;
}

const NODES = `query GraphViewNodes($ids: [ID!]!) { nodes(ids: $ids) { ...GraphNode } }${NODE_FRAGMENT}`;

/** The entities an address names, in any order; ids that name nothing are left out. */
export async function fetchNodes(request: GraphQLRequest, ids: string[]): Promise<GraphNode[]> {
  const data = await request<{ nodes: Array<GraphNode | null> }>(NODES, { ids });
  return data.nodes.filter((node): node is GraphNode => node !== null);
}
