import type { ClaimView } from "../claim/claim-view.js";
import type { ExportFormat } from "./export-formats.js";

/** What part of the graph to export. IDs are global IDs, as the GraphQL API gives them. */
export type ExportScope =
  | { kind: "neighborhood"; id: string; depth: number; limit: number }
  | { kind: "path"; from: string; to: string; maxLength: number; first: number }
  | { kind: "all" };

export type ExportScopeKind = ExportScope["kind"];

/** Which nodes and relationships of the scope are written. */
export interface ExportFilter {
  /** Registered node labels (from the fixed table, never request text). */
  labels: string[];
  /** Relationship types, sent only as a parameter; null: every type. */
  relationshipTypes: string[] | null;
  /** The provenance API's view: which claims count (deprecated ones never do). */
  view: ClaimView;
}

export interface ExportRequest {
  scope: ExportScope;
  filter: ExportFilter;
  format: ExportFormat;
  /** Start CSV with a byte order mark, for spreadsheets that guess the encoding otherwise. */
  bom: boolean;
}
