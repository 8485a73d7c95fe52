import { nameKeyContains, nodeKeyOf } from "../listing/filter-values.js";
import type { NameOrderField } from "../listing/name-order.js";
import { BY_NAME } from "../listing/name-order.js";
import type { RootListDefinition } from "../listing/root-list-definition.js";
import { nodeTypes } from "../node/node-types.js";
import type { CharacterFilter } from "./character-filter.input.js";
import type { Character } from "./character.type.js";

export const charactersRootList: RootListDefinition<Character, CharacterFilter, NameOrderField> = {
  name: "characters",
  type: nodeTypes.Character,
  filters: {
    show: {
      pattern: (id) => `(n)-[:CHARACTER_IN]->(:Show {id: ${id}})`,
      toParameter: nodeKeyOf("Show"),
    },
    nameContains: nameKeyContains,
  },
  orders: BY_NAME,
  defaultOrder: "NAME",
};
