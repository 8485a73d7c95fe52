import Cypher from "@neo4j/cypher-builder";

import { builtStatement } from "../../neo4j/built-statement.js";

import type { CypherStatement } from "../../neo4j/cypher-executor.js";
import type { TypedProperty } from "./typed-properties.js";

/**
 * A relationship of a merged-away node as the merge records it, so that undo can put it back:
 * the other end by label and id (every node of the model has a stable id), the type, which way it
 * points, its properties, and whether the merge created its copy on the kept node (false: the kept
 * node had the same relationship already, and undo must leave that one alone).
 */
export interface MovedRelationship {
  type: string;
  outgoing: boolean;
  otherLabel: string;
  otherId: string;
  typed: TypedProperty[];
  created?: boolean;
}

/**
 * Gives `(node:label {id})` copies of relationships of one type, direction and other-end label,
 * each copied from the original (`relId`, its element id) in Cypher so that its properties keep
 * their Neo4j types: created unless the node has an identical one already (same type, direction,
 * other end and properties). Returns `[{index, created}]`. Labels and the type come from the graph
 * (checked by the caller against the model); ids are parameters.
 */
export function copyRelationshipsStatement(
  { label, id }: { label: string; id: string },
  { type, outgoing, otherLabel }: Pick<MovedRelationship, "type" | "outgoing" | "otherLabel">,
  rows: Array<{ index: number; otherId: string; relId: string }>,
): CypherStatement {
  const row = new Cypher.Variable();
  const node = new Cypher.Node();
  const other = new Cypher.Node();
  const original = new Cypher.Relationship();
  const existing = new Cypher.Relationship();
  const created = new Cypher.Relationship();
  const exists = new Cypher.Variable();
  const copied = new Cypher.Variable();
  const direction = outgoing ? "right" : "left";
  const alreadyThere = new Cypher.Exists(
    new Cypher.Match(new Cypher.Pattern(node).related(existing, { type, direction }).to(other)).where(
      Cypher.eq(Cypher.properties(existing), Cypher.properties(original)),
    ),
  );
  const query = Cypher.utils.concat(
    new Cypher.Unwind([new Cypher.Param(rows), row]),
    new Cypher.Match(new Cypher.Pattern(node, { labels: [label], properties: { id: new Cypher.Param(id) } })),
    new Cypher.Match(
      new Cypher.Pattern(other, { labels: [otherLabel], properties: { id: row.property("otherId") } }),
    ),
    new Cypher.Match(new Cypher.Pattern({}).related(original, { direction: "right" }).to({})).where(
      Cypher.eq(Cypher.elementId(original), row.property("relId")),
    ),
    new Cypher.With(row, node, other, [Cypher.properties(original), copied], [alreadyThere, exists]),
    new Cypher.Call(
      new Cypher.With("*")
        .where(Cypher.eq(exists, new Cypher.Literal(false)))
        .create(new Cypher.Pattern(node).related(created, { type, direction }).to(other))
        .set([created, "+=", copied]),
      [row, node, other, copied, exists],
    ),
    new Cypher.Return(
      [row.property("index"), "index"],
      [Cypher.eq(exists, new Cypher.Literal(false)), "created"],
    ),
  );
  return builtStatement(query);
}

/** Deletes relationships of `(node:label {id})` that a merge created and its undo takes back. */
export function deleteRelationshipsStatement(
  { label, id }: { label: string; id: string },
  { type, outgoing, otherLabel }: Pick<MovedRelationship, "type" | "outgoing" | "otherLabel">,
  rows: Array<{ otherId: string; properties: Record<string, unknown> }>,
): CypherStatement {
  const row = new Cypher.Variable();
  const node = new Cypher.Node();
  const other = new Cypher.Node();
  const relationship = new Cypher.Relationship();
  const query = Cypher.utils.concat(
    new Cypher.Unwind([new Cypher.Param(rows), row]),
    new Cypher.Match(
      new Cypher.Pattern(node, { labels: [label], properties: { id: new Cypher.Param(id) } })
        .related(relationship, { type, direction: outgoing ? "right" : "left" })
        .to(other, { labels: [otherLabel], properties: { id: row.property("otherId") } }),
    )
      .where(Cypher.eq(Cypher.properties(relationship), row.property("properties")))
      .delete(relationship),
  );
  return builtStatement(query);
}

/** Creates a node of `label` with these properties (undo of a merge brings the duplicate back). */
export function createNodeStatement(label: string, properties: Record<string, unknown>): CypherStatement {
  const node = new Cypher.Node();
  const query = new Cypher.Create(new Cypher.Pattern(node, { labels: [label] })).set([
    node,
    new Cypher.Param(properties),
  ]);
  return builtStatement(query);
}

/** Creates relationships of `(node:label {id})` with these properties (undo restores a duplicate's). */
export function createRelationshipsStatement(
  { label, id }: { label: string; id: string },
  { type, outgoing, otherLabel }: Pick<MovedRelationship, "type" | "outgoing" | "otherLabel">,
  rows: Array<{ otherId: string; properties: Record<string, unknown> }>,
): CypherStatement {
  const row = new Cypher.Variable();
  const node = new Cypher.Node();
  const other = new Cypher.Node();
  const relationship = new Cypher.Relationship();
  const query = Cypher.utils.concat(
    new Cypher.Unwind([new Cypher.Param(rows), row]),
    new Cypher.Match(new Cypher.Pattern(node, { labels: [label], properties: { id: new Cypher.Param(id) } })),
    new Cypher.Match(
      new Cypher.Pattern(other, { labels: [otherLabel], properties: { id: row.property("otherId") } }),
    ),
    new Cypher.Create(
      new Cypher.Pattern(node)
        .related(relationship, { type, direction: outgoing ? "right" : "left" })
        .to(other),
    ).set([relationship, "+=", row.property("properties")]),
  );
  return builtStatement(query);
}

/** Properties a duplicate hands to the kept node when the kept node has none (a fixed list). */
export const EXTERNAL_IDS = ["imdbId", "tmdbId", "tvmazeId", "wikidataId", "url"];

/** Relationships by type, direction and other-end label: one statement each. */
export function groupBy<T extends Pick<MovedRelationship, "type" | "outgoing" | "otherLabel">>(
  rows: T[],
): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = `${row.type} ${row.outgoing} ${row.otherLabel}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()];
}
