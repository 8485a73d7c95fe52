// The registry loads the decorated GraphQL classes, which need the metadata polyfill first: exports
// also run without the schema being built (the command line).
import "reflect-metadata";

import { formatPartialDate, storedPartialDate } from "../common/partial-date.js";
import { globalIdOf } from "../graph/node-ref.js";
import { toPlainNode, toPlainRelationship } from "../graph/plain-graph.js";
import { toGraphNode } from "../graph/to-graph-node.js";
import type { ExportNode, ExportRelationship, ExportSource } from "./export-graph.js";
import type { ClaimTime } from "./validity.js";
import { toValidity } from "./validity.js";

/** A row of `nodeRow` (export-statements.ts). */
export interface NodeRow {
  node: unknown;
  claims: ClaimTime[];
}

/** A row of `relationshipRow` (export-statements.ts). */
export interface RelationshipRow {
  relationship: unknown;
  claims: { id: string; time: ClaimTime; sources: SourceRow[] }[];
}

/** Null for a node whose label has no registered type (it has no global ID to be exported by). */
export function toExportNode(row: NodeRow): ExportNode | null {
  const node = toPlainNode(row.node);
  const graphNode = node && toGraphNode(node);
  if (!node || !graphNode) {
    return null;
  }
  return { id: graphNode.id, label: graphNode.displayName, node, validity: toValidity(row.claims) };
}

/** Null when an end's label has no registered type. Sources in claim, then article order. */
export function toExportRelationship(row: RelationshipRow): ExportRelationship | null {
  const relationship = toPlainRelationship(row.relationship);
  if (!relationship) {
    return null;
  }
  const claims = [...row.claims].sort((a, b) => compareText(a.id, b.id));
  return {
    relationship,
    source: globalIdOf({ label: relationship.startLabel, key: relationship.startKey }),
    target: globalIdOf({ label: relationship.endLabel, key: relationship.endKey }),
    validity: toValidity(claims.map((claim) => claim.time)),
    sources: claims.flatMap((claim) =>
      [...claim.sources]
        .sort(
          (a, b) =>
            compareText(a.role, b.role) ||
            compareText(a.article, b.article) ||
            (a.start ?? 0) - (b.start ?? 0),
        )
        .map(toExportSource),
    ),
  };
}

/** A source as `claimSourcesProjection` returns it: the publication date stored with its precision. */
type SourceRow = Omit<ExportSource, "publishedDate"> & {
  publishedDate: string | null;
  publishedDatePrecision: string | null;
};

/**
 * The fields in a fixed order (the database returns maps in no particular one), the publication
 * date as much as is known: Deadline's "September 2021" is "2021-09", never 2021-09-01.
 */
function toExportSource(source: SourceRow): ExportSource {
  const { claim, role, article, title, url, outlet, quote, start, end } = source;
  const published = storedPartialDate(source.publishedDate, source.publishedDatePrecision);
  const publishedDate = published && formatPartialDate(published);
  return { claim, role, article, title, url, publishedDate, outlet, quote, start, end };
}

function compareText(a: string | undefined, b: string | undefined): number {
  return (a ?? "") < (b ?? "") ? -1 : (a ?? "") > (b ?? "") ? 1 : 0;
}
