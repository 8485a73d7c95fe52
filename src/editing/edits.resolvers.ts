import type { ClassType } from "type-graphql";
import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import { Article } from "../article/article.type.js";
import { Character } from "../character/character.type.js";
import { Claim } from "../claim/claim.type.js";
import { Location } from "../location/location.type.js";
import { Network } from "../network/network.type.js";
import { NewsSource } from "../news-source/news-source.type.js";
import type { Node } from "../node/node.interface.js";
import { ConnectionArgs, toPageRequest } from "../pagination/connection-args.js";
import type { Connection } from "../pagination/connection.type.js";
import { Person } from "../person/person.type.js";
import { ProductionFactor } from "../production-factor/production-factor.type.js";
import { Season } from "../season/season.type.js";
import type { RequestContext } from "../server/request-context.js";
import { Show } from "../show/show.type.js";
import type { Edit } from "./edit.type.js";
import { claimEdits, EditConnection, nodeEdits } from "./edit.connections.js";

/**
 * Adds `edits(first, after, last, before): EditConnection!` to a type: its history of edits made
 * through the API, newest first. The label is the type's name, which is the model's label.
 */
function editsResolver<T extends Node>(Type: ClassType<T>, definition = nodeEdits(Type.name)): ClassType {
  @Resolver(() => Type)
  class EditsResolver {
    @FieldResolver(() => EditConnection, {
      description:
        "What was changed through the API, newest first: who, when, why and what (for a node, edits of the claims about it and of the node itself).",
    })
    edits(
      @Root() node: T,
      @Args() page: ConnectionArgs,
      @Ctx() context: RequestContext,
    ): Promise<Connection<Edit>> {
      return context.connections.load(definition, node.key, toPageRequest(page));
    }
  }
  return EditsResolver;
}

/** Every type with an `edits` history; a type that edits can reach adds a line here. */
export const editsResolvers: ClassType[] = [
  editsResolver(Claim, claimEdits),
  editsResolver(Show),
  editsResolver(Season),
  editsResolver(Person),
  editsResolver(Character),
  editsResolver(Network),
  editsResolver(Location),
  editsResolver(ProductionFactor),
  editsResolver(Article),
  editsResolver(NewsSource),
];
