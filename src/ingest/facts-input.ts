import type { ReferenceType, RelationshipType } from "./graph-vocabulary.js";

/** A node named by a facts file: its label and its id in the file. */
export interface NodeRef {
  label: ReferenceType;
  id: string;
}

/** Where a record came from, for problems found while writing it. */
export interface RecordOrigin {
  line: number;
  path: string;
  lineOf(path: ReadonlyArray<PropertyKey>): number;
}

/** An entity (or the file's article) as the writer upserts it. */
export interface NodeInput {
  label: ReferenceType;
  id: string;
  /** Node properties as Neo4j values, `id` excluded; `nameKey` included when the label has a name. */
  properties: Record<string, unknown>;
  /** External keys it is matched by first (imdbId, url, ...). */
  external: Record<string, string>;
  /** Characters and seasons are matched within their show (its id in the file). */
  show?: string;
  /** People found by name are the same person only with a credit on one of these shows. */
  knownFor?: string[];
  origin: RecordOrigin;
}

export interface SupportInput {
  quote: string;
  start: number;
  end: number;
}

export interface RelationshipInput {
  type: RelationshipType;
  /** The key property's name and value, when this type has one (WORKED_ON's job). */
  key?: { name: string; value: string };
  properties: Record<string, unknown>;
}

export interface ClaimInput {
  /** The id the file gives, if any. */
  id?: string;
  subject: NodeRef;
  predicate: string;
  object?: NodeRef;
  value?: string;
  /** Claim properties the file states, as Neo4j values (defaults are applied on creation only). */
  properties: Record<string, unknown>;
  relationship?: RelationshipInput;
  support: SupportInput[];
  originallyReportedBy?: string;
  origin: RecordOrigin;
}

export interface QuoteInput {
  id: string;
  text: string;
  start: number;
  end: number;
  about: NodeRef[];
  origin: RecordOrigin;
}

export type FactsInput =
  | { kind: "article"; article: NodeInput; outlet?: string; cites: string[] }
  | { kind: "entity"; entity: NodeInput }
  | { kind: "quote"; quote: QuoteInput }
  | { kind: "claim"; claim: ClaimInput };
