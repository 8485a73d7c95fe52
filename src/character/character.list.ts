import { enumRank, relationshipTypes, valueMap } from "../common/cypher-enum.js";
import { hydrate } from "../node/node.interface.js";
import type { ListDefinition } from "../pagination/list-definition.js";
import { Person } from "../person/person.type.js";
import { Show } from "../show/show.type.js";
import { CharacterRelationshipKind } from "./character-relationship-kind.enum.js";
import type { CharacterRelationship } from "./character-relationship.type.js";
import { toCharacterRelationship } from "./character-relationship.type.js";

export const characterShowList: ListDefinition<Show> = {
  name: "Character.show",
  match: "MATCH (character:Character)-[:CHARACTER_IN]->(show:Show) WHERE character.id = parentKey",
  orderBy: ["show.id"],
  returns: "show {.*}",
  toItem: (row) => hydrate(Show, row),
};

/** The actors of a character (recasts included), top billing first. */
export const characterPlayedByList: ListDefinition<Person> = {
  name: "Character.playedBy",
  match: "MATCH (person:Person)-[plays:PLAYS]->(character:Character) WHERE character.id = parentKey",
  orderBy: ["coalesce(plays.billingOrder, 2147483647)", "person.nameKey", "person.id"],
  returns: "person {.*}",
  toItem: (row) => hydrate(Person, row),
};

/** Symmetric relationships are stored once, in either direction, and read both ways. */
const SYMMETRIC = {
  SPOUSE_OF: CharacterRelationshipKind.SPOUSE,
  EX_PARTNER_OF: CharacterRelationshipKind.EX_PARTNER,
  COLLEAGUE_OF: CharacterRelationshipKind.COLLEAGUE,
};

/** (a)-[:PARENT_OF]->(b): b is a's CHILD, a is b's PARENT. */
const KIND = `CASE
  WHEN type(link) <> 'PARENT_OF' THEN ${valueMap(SYMMETRIC)}[type(link)]
  WHEN startNode(link) = character THEN '${CharacterRelationshipKind.CHILD}'
  ELSE '${CharacterRelationshipKind.PARENT}'
END`;

export const characterRelationshipsList: ListDefinition<CharacterRelationship> = {
  name: "Character.relationships",
  match: `MATCH (character:Character)-[link:${relationshipTypes([...Object.keys(SYMMETRIC), "PARENT_OF"])}]-(other:Character)
WHERE character.id = parentKey
WITH DISTINCT character, other, ${KIND} AS kind`,
  orderBy: [enumRank("kind", Object.values(CharacterRelationshipKind)), "other.nameKey", "other.id"],
  returns: "{kind: kind, character: other {.*}, ofKey: character.id}",
  toItem: toCharacterRelationship,
};
