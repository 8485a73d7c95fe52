import type { GraphQLRequest } from "../shared/graphql-client.js";
import type { GraphRelationship } from "./graph-data.js";
import type { IntrospectedType } from "./selection-from-schema.js";
import { isLeaf, namedType, selectionFor } from "./selection-from-schema.js";

const SCHEMA_TYPES = `query GraphViewSchemaTypes {
  __schema { types { name kind fields { name args { type { kind } } type { ...TypeRef } } } }
}
fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

/** Fetches what the service knows of how we know a relationship (its sources and quotes). */
export type EvidenceLoader = (relationship: GraphRelationship) => Promise<unknown>;

/**
 * Looks for GraphRelationship.evidence in the schema. Its shape is whatever the service defines,
 * so the selection is written from introspection; a relationship has no lookup of its own, so it
 * is found again as the one-step path between its ends. Null when the schema has no such field or
 * the server refuses introspection.
 */
export async function detectEvidence(request: GraphQLRequest): Promise<EvidenceLoader | null> {
  let types: IntrospectedType[];
  try {
    types = (await request<{ __schema: { types: IntrospectedType[] } }>(SCHEMA_TYPES)).__schema.types;
  } catch {
    return null;
  }
  const byName = new Map(types.map((type) => [type.name, type]));
  const field = byName.get("GraphRelationship")?.fields?.find((candidate) => candidate.name === "evidence");
  if (!field || field.args.some((argument) => argument.type.kind === "NON_NULL")) {
    return null;
  }
  const evidenceType = namedType(field.type).name;
  const selection = isLeaf(field.type)
    ? ""
    : evidenceType && selectionFor(evidenceType, byName, ["GraphRelationship"]);
  if (selection === null) {
    return null;
  }
  const query = `query GraphViewEvidence($from: ID!, $to: ID!) {
    paths(from: $from, to: $to, maxLength: 1, first: 20) { relationships { id evidence ${selection} } }
  }`;
  return async (relationship) => {
    const { paths } = await request<{
      paths: Array<{ relationships: Array<{ id: string; evidence: unknown }> }>;
    }>(query, { from: relationship.fromId, to: relationship.toId });
    const found = paths
      .flatMap((path) => path.relationships)
      .find((candidate) => candidate.id === relationship.id);
    return found?.evidence ?? null;
  };
}
