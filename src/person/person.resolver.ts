import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";

import { CastCreditConnection, personCastCreditsConnection } from "../credit/cast-credit.connection.js";
import type { CastCredit } from "../credit/cast-credit.type.js";
import type { CreditFilter } from "../credit/credit.connection.js";
import { CreditConnection, personCreditsConnection } from "../credit/credit.connection.js";
import type { Credit } from "../credit/credit.interface.js";
import { CreditKind } from "../credit/credit-kind.enum.js";
import type { CrewFilter } from "../credit/crew-credit.connection.js";
import { crewJobsWithin } from "../credit/crew-jobs.js";
import { CrewCreditConnection, personCrewCreditsConnection } from "../credit/crew-credit.connection.js";
import type { CrewCredit } from "../credit/crew-credit.type.js";
import { CrewJob } from "../credit/crew-job.enum.js";
import { findNode } from "../node/find-node.js";
import { LookupArgs, toLookup } from "../node/lookup-args.js";
import { nodeTypes } from "../node/node-types.js";
import type { Connection } from "../pagination/connection.type.js";
import { ConnectionArgs, toPageRequest } from "../pagination/connection-args.js";
import type { RequestContext } from "../server/request-context.js";
import { CoStarConnection, personCoStarsConnection } from "./co-star.connection.js";
import type { CoStar } from "./co-star.type.js";
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

  @FieldResolver(() => CrewCreditConnection, { description: "This person's jobs behind the camera." })
  crewCredits(
    @Root() person: Person,
    @Arg("job", () => CrewJob, { nullable: true }) job: CrewJob | null,
    @Args() page: ConnectionArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<CrewCredit>> {
    const filter: CrewFilter = { jobs: crewJobsWithin(job) };
    return context.connections.load(personCrewCreditsConnection, person.key, toPageRequest(page), { filter });
  }

  @FieldResolver(() => CreditConnection, {
    description: "Roles and jobs together, newest show first; `kind` keeps one of the two.",
  })
  credits(
    @Root() person: Person,
    @Arg("kind", () => CreditKind, { nullable: true }) kind: CreditKind | null,
    @Args() page: ConnectionArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<Credit>> {
    const filter: CreditFilter = { kind: kind ?? null };
    return context.connections.load(personCreditsConnection, person.key, toPageRequest(page), { filter });
  }

  @FieldResolver(() => CoStarConnection, {
    description: "The people this person acted with, most shared shows first, then by name.",
  })
  coStars(
    @Root() person: Person,
    @Args() page: ConnectionArgs,
    @Ctx() context: RequestContext,
  ): Promise<Connection<CoStar>> {
    return context.connections.load(personCoStarsConnection, person.key, toPageRequest(page));
  }
}
