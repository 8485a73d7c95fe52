import { registerEnumType } from "type-graphql";

/** What an edit did; stored as `Edit.kind`. Values are API: never renamed. */
export enum EditKind {
  INGEST_FACTS = "INGEST_FACTS",
  ADD_SOURCE = "ADD_SOURCE",
  ADD_CLAIM = "ADD_CLAIM",
  CHANGE_RANK = "CHANGE_RANK",
  DEPRECATE = "DEPRECATE",
  CHANGE_CONFIDENCE = "CHANGE_CONFIDENCE",
  MERGE_ENTITIES = "MERGE_ENTITIES",
  UNDO_MERGE = "UNDO_MERGE",
}

registerEnumType(EditKind, {
  name: "EditKind",
  description: "What an edit through the API did.",
});
