import { fromGlobalId } from "../common/global-id.js";
import type { PlainNode, PlainRelationship } from "../graph/plain-graph.js";
import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import { AttributeCollector, isExportedNodeProperty } from "./attribute-schema.js";
import type { ExportGraph, ExportNode, ExportRelationship } from "./export-graph.js";
import { exportParameters } from "./export-parameters.js";
import type { ExportFilter } from "./export-request.js";
import type { NodeRow, RelationshipRow } from "./export-rows.js";
import { toExportNode, toExportRelationship } from "./export-rows.js";
import { RELATIONSHIPS_BY_ID, nodesByKeyStatement } from "./export-statements.js";

export interface SubgraphExportInput {
  executor: CypherExecutor;
  /** What a loader found (a neighbourhood, the nodes and relationships of some paths), in its order. */
  nodes: PlainNode[];
  relationships: PlainRelationship[];
  /** The loader stopped at its limit. */
  truncated: boolean;
  filter: ExportFilter;
}

const refOf = (label: string, key: string) => JSON.stringify([label, key]);

/** By start, type, end and id: the order an export of everything gives within one label. */
function compareRelationships(a: PlainRelationship, b: PlainRelationship): number {
  const keyOf = (r: PlainRelationship) => [r.startKey, r.type, r.endKey, r.id];
  const [x, y] = [keyOf(a), keyOf(b)];
  const index = x.findIndex((part, i) => part !== y[i]);
  return index === -1 ? 0 : x[index]! < y[index]! ? -1 : 1;
}

/** The element id a relationship's global ID was made from (plain-graph.ts). */
function elementIdOf(relationship: PlainRelationship): string {
  return fromGlobalId(relationship.id).key;
}

/**
 * A loaded subgraph, filtered and read again with its claims (two statements: its nodes by label
 * and key, its relationships by element id), nodes in the loader's order (nearest first), relationships by start, type and end. Bounded by the loaders'
 * limits, so it is held in memory.
 */
export async function loadSubgraphExport({
  executor,
  nodes,
  relationships,
  truncated,
  filter,
}: SubgraphExportInput): Promise<ExportGraph> {
  const parameters = exportParameters(filter);
  const wantedNodes = nodes.filter((node) => filter.labels.includes(node.label));
  const wanted = new Set(wantedNodes.map((node) => refOf(node.label, node.key)));
  const wantedRelationships = relationships.filter(
    (relationship) =>
      wanted.has(refOf(relationship.startLabel, relationship.startKey)) &&
      wanted.has(refOf(relationship.endLabel, relationship.endKey)) &&
      (filter.relationshipTypes === null || filter.relationshipTypes.includes(relationship.type)),
  );

  const labels = [...new Set(wantedNodes.map((node) => node.label))];
  const nodeRows =
    labels.length === 0
      ? []
      : await executor.read<{ row: NodeRow }>(
          {
            cypher: nodesByKeyStatement(labels),
            parameters: {
              ...parameters,
              keys: labels.map((label) =>
                wantedNodes.filter((node) => node.label === label).map((node) => node.key),
              ),
            },
          },
          { operation: "export subgraph nodes" },
        );
  const relationshipRows =
    wantedRelationships.length === 0
      ? []
      : await executor.read<{ row: RelationshipRow }>(
          {
            cypher: RELATIONSHIPS_BY_ID,
            parameters: { ...parameters, ids: wantedRelationships.map(elementIdOf) },
          },
          { operation: "export subgraph relationships" },
        );

  const nodeOrder = new Map(wantedNodes.map((node, index) => [refOf(node.label, node.key), index]));
  const exportNodes = nodeRows
    .map(({ row }) => toExportNode(row))
    .filter((node): node is ExportNode => node !== null)
    .sort(
      (a, b) =>
        nodeOrder.get(refOf(a.node.label, a.node.key))! - nodeOrder.get(refOf(b.node.label, b.node.key))!,
    );
  const exported = new Set(exportNodes.map((node) => refOf(node.node.label, node.node.key)));
  const exportRelationships = relationshipRows
    .map(({ row }) => toExportRelationship(row))
    .filter((relationship): relationship is ExportRelationship => relationship !== null)
    .filter(
      ({ relationship }) =>
        exported.has(refOf(relationship.startLabel, relationship.startKey)) &&
        exported.has(refOf(relationship.endLabel, relationship.endKey)),
    )
    .sort((a, b) => compareRelationships(a.relationship, b.relationship));

  const nodeAttributes = new AttributeCollector();
  const edgeAttributes = new AttributeCollector();
  for (const { node } of exportNodes) {
    nodeAttributes.addProperties(node.properties, isExportedNodeProperty);
  }
  for (const { relationship } of exportRelationships) {
    edgeAttributes.addProperties(relationship.properties);
  }
  return {
    truncated,
    nodeCount: exportNodes.length,
    relationshipCount: exportRelationships.length,
    schema: { node: nodeAttributes.attributes(), edge: edgeAttributes.attributes() },
    async *nodes() {
      yield* exportNodes;
    },
    async *relationships() {
      yield* exportRelationships;
    },
  };
}
