import type { GraphQLResolveInfo } from "graphql";
import { getDirectiveValues } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";
import { ArgsType, Field } from "type-graphql";

import { asOfDirective } from "./as-of.directive.js";

@ArgsType()
export class ClaimViewArgs {
  @Field(() => Boolean, {
    nullable: true,
    description: "Include DEPRECATED claims (kept with the reason they are wrong). Default false.",
  })
  includeDeprecated?: boolean | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description:
      "As the graph KNEW things at the end of this day: only claims whose known time is certainly on or before it. Overrides @asOf.",
  })
  knownOn?: string | null;

  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "As things WERE on this day: only claims certainly true then. Overrides @asOf.",
  })
  validOn?: string | null;
}

/** Which claims a field shows; sent to Cypher as `$view` (claim-cypher.ts). */
export interface ClaimView {
  includeDeprecated: boolean;
  knownOn: string | null;
  validOn: string | null;
}

interface AsOfValues {
  knownOn?: string | null;
  validOn?: string | null;
}

/** The field's arguments, falling back on the operation's @asOf directive. */
export function claimView(args: ClaimViewArgs, info: GraphQLResolveInfo): ClaimView {
  const asOf = (getDirectiveValues(asOfDirective, info.operation, info.variableValues) ?? {}) as AsOfValues;
  return {
    includeDeprecated: args.includeDeprecated ?? false,
    knownOn: args.knownOn ?? asOf.knownOn ?? null,
    validOn: args.validOn ?? asOf.validOn ?? null,
  };
}

/**
 * For "what is the value" questions (facts) a day must be chosen: the day asked for,
 * else the day the view is as of, else today.
 */
export function atADay(view: ClaimView): ClaimView {
  return { ...view, validOn: view.validOn ?? view.knownOn ?? new Date().toISOString().slice(0, 10) };
}
