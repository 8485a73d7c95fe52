import { Field, ObjectType } from "type-graphql";

import { hydrate } from "../node/node.interface.js";
import { CharacterRelationshipKind } from "./character-relationship-kind.enum.js";
import { Character } from "./character.type.js";

@ObjectType({ description: "Another character and what they are to this one." })
export class CharacterRelationship {
  @Field(() => CharacterRelationshipKind)
  kind!: CharacterRelationshipKind;

  @Field(() => Character)
  character!: Character;

  /** The stored id of the character whose relationship this is: not a field, the parent is it. */
  ofKey!: string;
}

interface CharacterRelationshipRow {
  kind: CharacterRelationshipKind;
  character: Record<string, unknown>;
  ofKey: string;
}

export function toCharacterRelationship(row: Record<string, unknown>): CharacterRelationship {
  const { kind, character, ofKey } = row as unknown as CharacterRelationshipRow;
  return { kind, character: hydrate(Character, character), ofKey };
}
