import { NameOrderInput } from "../listing/name-order.js";
import { RootListResolver } from "../listing/root-list-resolver.js";
import { CharacterFilter } from "./character-filter.input.js";
import { charactersRootList } from "./characters.root-list.js";

export const CharactersResolver = RootListResolver({
  list: charactersRootList,
  Filter: CharacterFilter,
  Order: NameOrderInput("Character"),
  description: "Characters, by name.",
});
