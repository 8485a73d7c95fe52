import type { PlainNode, PlainRelationship } from "../graph/plain-graph.js";
import type { AttributeSchema } from "./attribute-schema.js";
import type { Validity } from "./validity.js";

/** A node as exported: the plain node, its global ID, display name and valid time. */
export interface ExportNode {
  /** The global ID, as the GraphQL API gives it. */
  id: string;
  /** What to call it: its title, name or words (Node.displayName). */
  label: string;
  node: PlainNode;
  validity: Validity;
}

/** One article behind a relationship's claim. */
export interface ExportSource {
  claim: string;
  /** SUPPORTS: the article states it (with the quote); ORIGINAL_REPORT: the report it relays. */
  role: "SUPPORTS" | "ORIGINAL_REPORT";
  article: string;
  title: string | null;
  url: string | null;
  /** As much as is known: "2021", "2021-09" or "2021-09-14" (the precision is the length). */
  publishedDate: string | null;
  outlet: string | null;
  quote: string | null;
  start: number | null;
  end: number | null;
}

export interface ExportRelationship {
  relationship: PlainRelationship;
  /** Global IDs of its stored start and end. */
  source: string;
  target: string;
  validity: Validity;
  sources: ExportSource[];
}

/**
 * What every format writer reads: the sizes and attribute schema first (XML formats declare
 * attributes before any element), then the nodes, then the relationships, each iterated once.
 * Sources of "everything" page through the database as they are iterated.
 */
export interface ExportGraph {
  /**
   * True when a neighbourhood reached its node limit, so nodes within its depth are left out. Every
   * format says so (JSON and GraphML as a graph attribute, GEXF in its description, HTTP in the
   * Showgraph-Truncated header), so a journalist never mistakes a cut for the whole.
   */
  truncated: boolean;
  nodeCount: number;
  relationshipCount: number;
  schema: AttributeSchema;
  nodes(): AsyncIterable<ExportNode>;
  relationships(): AsyncIterable<ExportRelationship>;
}
