import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";

import { CastCreditConnection, personCastCreditsConnection } from "../credit/cast-credit.connection.js";
import type { CastCredit } from "../credit/cast-credit.type.js";
import { findNode } from "../node/find-node.js";
import { LookupArgs, toLookup } from "../node/lookup-args.js";
import { nodeTypes } from "../node/node-types.js";
import type { Connection } from "../pagination/connection.type.js";
import { ConnectionArgs, toPageRequest } from "../pagination/connection-args.js";
import type { RequestContext } from "../server/request-context.js";
import { Person } from "./person.type.js";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description: "One person by global ID, name (any case) or external ID.",
  })
  person(@Args() lookup: LookupArgs, @Ctx() context: RequestContext): Promise<Person | null> {
    return findNode(context, nodeTypes.Person, toLookup(lookup));
  }

  @FieldResolver(() => CastCreditConnection, {
    description: "The characters this person plays, with their shows.",
  })
  castCredits(
    @Root() person: Person,
    @Args() page: ConnectionArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<CastCredit>> {
    return context.connections.load(personCastCreditsConnection, person.key, toPageRequest(page));
  }
}
