import { isExportedNodeProperty } from "./attribute-schema.js";
import type { ExportGraph, ExportNode, ExportRelationship } from "./export-graph.js";
import type { ExportSink } from "./export-sink.js";

function nodeJson({ id, label, node, validity }: ExportNode): unknown {
  const properties = Object.fromEntries(
    Object.entries(node.properties).filter(([name]) => isExportedNodeProperty(name)),
  );
  return { id, type: node.label, key: node.key, label, properties, ...validity };
}

function linkJson({ relationship, source, target, validity, sources }: ExportRelationship): unknown {
  return {
    id: relationship.id,
    type: relationship.type,
    source,
    target,
    properties: relationship.properties,
    ...validity,
    sources,
  };
}

/**
 * `{directed, multigraph, graph: {truncated}, nodes: [...], links: [...]}`, the node-link shape of
 * d3 and networkx (whose `graph` holds graph attributes),
 * written element by element. Properties keep their JSON types (lists stay lists).
 */
export async function writeJson(graph: ExportGraph, sink: ExportSink): Promise<void> {
  await sink.write(`{"directed":true,"multigraph":true,"graph":{"truncated":${graph.truncated}},"nodes":[`);
  let separator = "\n";
  for await (const node of graph.nodes()) {
    await sink.write(separator + JSON.stringify(nodeJson(node)));
    separator = ",\n";
  }
  await sink.write('\n],"links":[');
  separator = "\n";
  for await (const relationship of graph.relationships()) {
    await sink.write(separator + JSON.stringify(linkJson(relationship)));
    separator = ",\n";
  }
  await sink.write("\n]}\n");
}
