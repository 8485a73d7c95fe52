import { ArgsType, Field, ID } from "type-graphql";

import { fromGlobalId } from "../common/global-id.js";
import { BadUserInputError } from "../errors/showgraph-error.js";
import type { NodeRef } from "../node/node-ref.js";
import { nodeTypeNamed } from "../node/node-types.js";

@ArgsType()
export class ClaimFilterArgs {
  @Field(() => ID, { nullable: true, description: "Only claims about this node (as subject or object)." })
  about?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only claims resting on this Article, or on any article of this NewsSource.",
  })
  source?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only claims with this predicate ("status", "PLAYS").',
  })
  predicate?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only claims that rest on a single independent source; false: only the others.",
  })
  singleSource?: boolean | null;
}

/** Sent to Cypher as `$filter` (claim.connections.ts). */
export interface ClaimFilter {
  about: NodeRef | null;
  source: NodeRef | null;
  predicate: string | null;
  singleSource: boolean | null;
}

function aboutRef(id: string): NodeRef {
  const { typename, key } = fromGlobalId(id);
  const type = nodeTypeNamed(typename);
  if (!type) {
    throw new BadUserInputError(`"${id}" is not the ID of anything claims are about`, { argument: "about" });
  }
  return { label: type.label, key };
}

function sourceRef(id: string): NodeRef {
  const { typename, key } = fromGlobalId(id);
  if (typename !== "Article" && typename !== "NewsSource") {
    throw new BadUserInputError(`source takes the ID of an Article or a NewsSource (got a ${typename})`, {
      argument: "source",
    });
  }
  return { label: typename, key };
}

export function toClaimFilter({ about, source, predicate, singleSource }: ClaimFilterArgs): ClaimFilter {
  return {
    about: about != null ? aboutRef(about) : null,
    source: source != null ? sourceRef(source) : null,
    predicate: predicate ?? null,
    singleSource: singleSource ?? null,
  };
}
