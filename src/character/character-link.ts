import { CharacterRelationshipKind } from "./character-relationship-kind.enum.js";
import type { CharacterRelationship } from "./character-relationship.type.js";

interface CharacterRef {
  label: "Character";
  key: string;
}

/** The relationship as stored: its type and ends, whichever side the kind was read from. */
export interface CharacterLink {
  type: string;
  start: CharacterRef;
  end: CharacterRef;
}

/**
 * The inverse of character.list.ts's KIND. Symmetric types may be stored either way round; their
 * readers (relationshipFacts) look both ways. (a)-[:PARENT_OF]->(b): b is a's CHILD.
 */
export function characterLink({ kind, character, ofKey }: CharacterRelationship): CharacterLink {
  const self: CharacterRef = { label: "Character", key: ofKey };
  const other: CharacterRef = { label: "Character", key: character.key };
  switch (kind) {
    case CharacterRelationshipKind.SPOUSE:
      return { type: "SPOUSE_OF", start: self, end: other };
    case CharacterRelationshipKind.EX_PARTNER:
      return { type: "EX_PARTNER_OF", start: self, end: other };
    case CharacterRelationshipKind.COLLEAGUE:
      return { type: "COLLEAGUE_OF", start: self, end: other };
    case CharacterRelationshipKind.CHILD:
      return { type: "PARENT_OF", start: self, end: other };
    case CharacterRelationshipKind.PARENT:
      return { type: "PARENT_OF", start: other, end: self };
  }
}
