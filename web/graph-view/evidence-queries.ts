import type { GraphQLRequest } from "../shared/graphql-client.js";
import type { Claim } from "./claim-data.js";
import { CLAIM_FRAGMENT } from "./claim-data.js";
import type { GraphNode, GraphRelationship } from "./graph-data.js";

/** The node types with `evidence` (docs/provenance.md, "The API in one screen"). */
const TYPES_WITH_EVIDENCE = [
  "Show",
  "Season",
  "Person",
  "Character",
  "Network",
  "Location",
  "ProductionFactor",
  "Article",
  "NewsSource",
  "Quote",
];

const NODE_EVIDENCE = `query GraphViewNodeEvidence($id: ID!) {
  node(id: $id) {
    ${TYPES_WITH_EVIDENCE.map((type) => `... on ${type} { evidence(includeDeprecated: true) { ...EvidenceClaim } }`).join("\n    ")}
  }
}${CLAIM_FRAGMENT}`;

// A relationship has no lookup of its own: it is found again as a one-step path between its ends.
const RELATIONSHIP_EVIDENCE = `query GraphViewRelationshipEvidence($from: ID!, $to: ID!) {
  paths(from: $from, to: $to, maxLength: 1, first: 20) {
    relationships { id evidence(includeDeprecated: true) { ...EvidenceClaim } }
  }
}${CLAIM_FRAGMENT}`;

const ARTICLE_TEXTS = `query GraphViewArticleTexts($ids: [ID!]!) {
  nodes(ids: $ids) { ... on Article { id text } }
}`;

/** The claims about a node (its properties and outgoing relationships), deprecated ones included. */
export async function fetchNodeEvidence(request: GraphQLRequest, node: GraphNode): Promise<Claim[]> {
  const data = await request<{ node: { evidence?: Claim[] } | null }>(NODE_EVIDENCE, { id: node.id });
  return data.node?.evidence ?? [];
}

/** The claims behind one stored relationship, deprecated ones included. */
export async function fetchRelationshipEvidence(
  request: GraphQLRequest,
  relationship: GraphRelationship,
): Promise<Claim[]> {
  const { paths } = await request<{
    paths: Array<{ relationships: Array<{ id: string; evidence: Claim[] }> }>;
  }>(RELATIONSHIP_EVIDENCE, { from: relationship.fromId, to: relationship.toId });
  const found = paths
    .flatMap((path) => path.relationships)
    .find((candidate) => candidate.id === relationship.id);
  return found?.evidence ?? [];
}

/** The stored text of each article that the claims quote, by article id, to show quotes in context. */
export async function fetchQuotedTexts(
  request: GraphQLRequest,
  claims: Claim[],
): Promise<Map<string, string>> {
  const ids = [
    ...new Set(
      claims.flatMap((claim) =>
        claim.sources.filter((source) => source.quote !== null).map((source) => source.article.id),
      ),
    ),
  ];
  if (ids.length === 0) {
    return new Map();
  }
  const data = await request<{ nodes: Array<{ id?: string; text?: string | null } | null> }>(ARTICLE_TEXTS, {
    ids,
  });
  return new Map(
    data.nodes.flatMap((node) => (node?.id && node.text ? [[node.id, node.text] as [string, string]] : [])),
  );
}
