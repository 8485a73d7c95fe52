import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";

import { findNode } from "../node/find-node.js";
import { NameLookupArgs, toNameLookup } from "../node/lookup-args.js";
import { nodeTypes } from "../node/node-types.js";
import { Person } from "../person/person.type.js";
import type { RequestContext } from "../server/request-context.js";
import { Show } from "../show/show.type.js";
import { CharacterRelationship } from "./character-relationship.type.js";
import { characterPlayedByList, characterRelationshipsList, characterShowList } from "./character.list.js";
import { Character } from "./character.type.js";
import { loadFirst, loadList } from "../pagination/load-list.js";

@Resolver(() => Character)
export class CharacterResolver {
  @Query(() => Character, {
    nullable: true,
    description:
      "One character by global ID or name (any case); names repeat across shows, so ids are surer.",
  })
  character(@Args() lookup: NameLookupArgs, @Ctx() context: RequestContext): Promise<Character | null> {
    return findNode(context, nodeTypes.Character, toNameLookup(lookup));
  }

  @FieldResolver(() => Show, { nullable: true, description: "The show the character belongs to." })
  show(@Root() character: Character, @Ctx() context: RequestContext): Promise<Show | null> {
    return loadFirst(context, characterShowList, character.key);
  }

  @FieldResolver(() => [Person], { description: "Who plays the character, top billing first." })
  playedBy(@Root() character: Character, @Ctx() context: RequestContext): Promise<Person[]> {
    return loadList(context, characterPlayedByList, character.key);
  }

  @FieldResolver(() => [CharacterRelationship], {
    description: "Spouses, ex-partners, parents, children and colleagues.",
  })
  relationships(
    @Root() character: Character,
    @Ctx() context: RequestContext,
  ): Promise<CharacterRelationship[]> {
    return loadList(context, characterRelationshipsList, character.key);
  }
}
