import { registerEnumType } from "type-graphql";

export enum CharacterRelationshipKind {
  SPOUSE = "SPOUSE",
  EX_PARTNER = "EX_PARTNER",
  PARENT = "PARENT",
  CHILD = "CHILD",
  COLLEAGUE = "COLLEAGUE",
}

registerEnumType(CharacterRelationshipKind, {
  name: "CharacterRelationshipKind",
  description: "What the other character is to this one.",
  valuesConfig: {
    PARENT: { description: "The other character is this one's parent." },
    CHILD: { description: "The other character is this one's child." },
  },
});
