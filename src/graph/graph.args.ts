import { ArgsType, Field, ID, Int } from "type-graphql";

import { GRAPH_LIMITS } from "./graph-limits.js";

const { depth, limit, maxLength, first } = GRAPH_LIMITS;

@ArgsType()
export class NeighborhoodArgs {
  @Field(() => ID, { description: "The global ID of the node at the centre." })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: depth.default,
    description: `How many steps out (${depth.min} to ${depth.max}).`,
  })
  depth!: number | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: limit.default,
    description: `At most this many nodes, the centre included (${limit.min} to ${limit.max}); nearest are kept.`,
  })
  limit!: number | null;
}

@ArgsType()
export class PathsArgs {
  @Field(() => ID, { description: "The global ID of the node the paths start from." })
  from!: string;

  @Field(() => ID, { description: "The global ID of the node the paths end at." })
  to!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: maxLength.default,
    description: `The longest path to look for, in relationships (${maxLength.min} to ${maxLength.max}).`,
  })
  maxLength!: number | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: first.default,
    description: `At most this many of the shortest paths (${first.min} to ${first.max}).`,
  })
  first!: number | null;
}
