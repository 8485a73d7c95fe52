import neo4j from "neo4j-driver";

import type { CypherExecutor } from "../neo4j/cypher-executor.js";
import { AttributeCollector, isExportedNodeProperty, kindOfValueType } from "./attribute-schema.js";
import type { ExportGraph, ExportNode, ExportRelationship } from "./export-graph.js";
import { exportParameters } from "./export-parameters.js";
import type { ExportFilter } from "./export-request.js";
import type { NodeRow, RelationshipRow } from "./export-rows.js";
import { toExportNode, toExportRelationship } from "./export-rows.js";
import {
  everythingHeaderStatement,
  nodePageStatement,
  relationshipPageStatement,
} from "./export-statements.js";

/** Nodes per keyset page: small enough that a page of rows is a few hundred kilobytes. */
export const EXPORT_PAGE_SIZE = 500;

export interface LoadEverythingInput {
  executor: CypherExecutor;
  filter: ExportFilter;
  pageSize?: number;
}

interface HeaderRow {
  element: "node" | "relationship";
  property: string | null;
  valueType: string | null;
  count: number;
}

interface Page<Row> {
  key: string;
  row?: Row;
  rows?: Row[];
}

/**
 * Every node of the filter's labels and every relationship among them, read in keyset pages by
 * label and id as the writer asks for them: only one page is ever held. First one statement
 * counts the elements and the kinds of their properties, so the size limit is checked and the
 * XML formats can declare their attributes before anything is written. Pages are separate
 * transactions: a graph written to during an export may be read partly before, partly after.
 */
export async function loadEverything({
  executor,
  filter,
  pageSize = EXPORT_PAGE_SIZE,
}: LoadEverythingInput): Promise<ExportGraph> {
  const parameters = exportParameters(filter);
  const header = await executor.read<HeaderRow>(
    { cypher: everythingHeaderStatement(filter.labels), parameters },
    { operation: "export header" },
  );
  const collectors = { node: new AttributeCollector(), relationship: new AttributeCollector() };
  const counts = { node: 0, relationship: 0 };
  for (const { element, property, valueType, count } of header) {
    if (property === null) {
      counts[element] += count;
    } else if (valueType !== null && (element === "relationship" || isExportedNodeProperty(property))) {
      collectors[element].add(property, kindOfValueType(valueType));
    }
  }

  async function* pages<Row>(statement: (label: string) => string, operation: string): AsyncGenerator<Row> {
    for (const label of filter.labels) {
      let after = "";
      for (;;) {
        const page = await executor.read<Page<Row>>(
          {
            cypher: statement(label),
            parameters: { ...parameters, after, pageSize: neo4j.int(pageSize) },
          },
          { operation },
        );
        for (const { row, rows } of page) {
          yield* row === undefined ? (rows ?? []) : [row];
        }
        const last = page.at(-1);
        if (!last || page.length < pageSize) {
          break;
        }
        after = last.key;
      }
    }
  }

  return {
    truncated: false,
    nodeCount: counts.node,
    relationshipCount: counts.relationship,
    schema: { node: collectors.node.attributes(), edge: collectors.relationship.attributes() },
    async *nodes(): AsyncIterable<ExportNode> {
      for await (const row of pages<NodeRow>(nodePageStatement, "export nodes")) {
        const node = toExportNode(row);
        if (node) {
          yield node;
        }
      }
    },
    async *relationships(): AsyncIterable<ExportRelationship> {
      for await (const row of pages<RelationshipRow>(relationshipPageStatement, "export relationships")) {
        const relationship = toExportRelationship(row);
        if (relationship) {
          yield relationship;
        }
      }
    },
  };
}
