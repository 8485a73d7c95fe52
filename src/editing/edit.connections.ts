import type { ConnectionDefinition, SortKey } from "../pagination/connection-definition.js";
import { ConnectionType } from "../pagination/connection.type.js";
import { EDIT_PROJECTION } from "./edit-cypher.js";
import { Edit } from "./edit.type.js";
import { toEdit } from "./to-edit.js";

export const EditConnection = ConnectionType("Edit", Edit);

/** Newest first; the id breaks ties between edits of one transaction. */
const EDIT_SORT_KEYS: SortKey[] = [
  { expression: "toString(e.at)", descending: true },
  { expression: "e.id" },
];

function editList(name: string, match: string): ConnectionDefinition<Edit> {
  return { name, match, sortKeys: EDIT_SORT_KEYS, returns: EDIT_PROJECTION, toNode: toEdit };
}

export const claimEdits = editList("Claim.edits", "MATCH (:Claim {id: parentKey})<-[:EDITED]-(e:Edit)");

/**
 * The edits of a node of `label` (a name from the model's fixed list, never from a request): edits
 * of the claims about it (as subject or object), and edits of the node itself (merges).
 */
export function nodeEdits(label: string): ConnectionDefinition<Edit> {
  return editList(
    `${label}.edits`,
    [
      `MATCH (n:${label} {id: parentKey})`,
      "CALL (n) {",
      "  MATCH (e:Edit)-[:EDITED]->(n) RETURN e",
      "  UNION",
      "  MATCH (e:Edit)-[:EDITED]->(:Claim)-[:SUBJECT|OBJECT]->(n) RETURN e",
      "}",
      "WITH DISTINCT e",
    ].join("\n"),
  );
}
