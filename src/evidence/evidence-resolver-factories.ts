import type { GraphQLResolveInfo } from "graphql";
import type { ClassType } from "type-graphql";
import { Args, Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";

import { Claim } from "../claim/claim.type.js";
import { ClaimViewArgs, atADay, claimView } from "../claim/claim-view.js";
import type { Node } from "../node/node.interface.js";
import type { RequestContext } from "../server/request-context.js";
import { NodeEvidenceArgs } from "./evidence.args.js";
import { Fact } from "./fact.type.js";
import { FactsArgs } from "./facts.args.js";
import type { FactKey } from "./fact-key.js";
import { propertyFact } from "./fact-key.js";
import { loadEvidence } from "./load-evidence.js";
import { selectFacts } from "./select-facts.js";

/**
 * Adds `evidence(predicate, includeDeprecated, knownOn, validOn): [Claim!]!` to a Node type:
 * the claims about its own properties and outgoing relationships. One line per type in
 * evidence.resolvers.ts; the type's own files stay untouched.
 */
export function nodeEvidenceResolver<T extends Node>(Type: ClassType<T>): ClassType {
  @Resolver(() => Type)
  class NodeEvidenceResolver {
    @FieldResolver(() => [Claim], {
      description:
        "How we know: the claims with this as their subject (its properties and outgoing relationships), preferred first, each with article, outlet, URL, date, quote, rank and confidence.",
    })
    evidence(
      @Root() node: T,
      @Args() args: NodeEvidenceArgs,
      @Ctx() context: RequestContext,
      @Info() info: GraphQLResolveInfo,
    ): Promise<Claim[]> {
      return loadEvidence(context, claimView(args, info), [propertyFact(node, args.predicate ?? null)]);
    }
  }
  return NodeEvidenceResolver;
}

/**
 * Adds `evidence(includeDeprecated, knownOn, validOn): [Claim!]!` to a type that stands for one
 * or more relationships (a cast credit is PLAYS + CHARACTER_IN): `factsOf` names them, usually
 * with relationshipFacts().
 */
export function relationshipEvidenceResolver<T extends object>(
  Type: ClassType<T>,
  factsOf: (root: T) => FactKey[],
): ClassType {
  @Resolver(() => Type)
  class RelationshipEvidenceResolver {
    @FieldResolver(() => [Claim], {
      description:
        "How we know: the claims behind this relationship, preferred first, each with article, outlet, URL, date, quote, rank and confidence.",
    })
    evidence(
      @Root() root: T,
      @Args() args: ClaimViewArgs,
      @Ctx() context: RequestContext,
      @Info() info: GraphQLResolveInfo,
    ): Promise<Claim[]> {
      return loadEvidence(context, claimView(args, info), factsOf(root));
    }
  }
  return RelationshipEvidenceResolver;
}

/**
 * Adds `facts(predicates, knownOn, validOn): [Fact!]!` to a Node type: for each property, the
 * value the claims give on a day (validOn, else knownOn, else today), the preferred claim winning.
 */
export function nodeFactsResolver<T extends Node>(Type: ClassType<T>): ClassType {
  @Resolver(() => Type)
  class NodeFactsResolver {
    @FieldResolver(() => [Fact], {
      description:
        "Its properties as the claims give them on a day: validOn, else knownOn, else today. Use with knownOn (or @asOf) to see what the graph knew then: as known on 2021-08-31, Hit & Run's status is RUNNING.",
    })
    async facts(
      @Root() node: T,
      @Args() args: FactsArgs,
      @Ctx() context: RequestContext,
      @Info() info: GraphQLResolveInfo,
    ): Promise<Fact[]> {
      const facts = args.predicates?.length
        ? args.predicates.map((predicate) => propertyFact(node, predicate))
        : [propertyFact(node)];
      return selectFacts(await loadEvidence(context, atADay(claimView(args, info)), facts));
    }
  }
  return NodeFactsResolver;
}
