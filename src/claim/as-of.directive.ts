import { DirectiveLocation, GraphQLDirective } from "graphql";
import { GraphQLLocalDate } from "graphql-scalars";

/**
 * A request-wide time machine: `query Q @asOf(knownOn: "2021-08-31") { ... }` answers every
 * provenance field of the operation (claims, evidence, facts, timeline, on every hop) as the
 * graph knew it on that day. Arguments of the same name on a field win over the directive.
 */
export const asOfDirective = new GraphQLDirective({
  name: "asOf",
  description:
    "Answer the operation's claims, evidence, facts and timelines as of a day: knownOn, as the graph KNEW things on that day (only claims certainly known by then); validOn, as things WERE on that day (only claims certainly true then). Field arguments of the same name override it.",
  locations: [DirectiveLocation.QUERY],
  args: {
    knownOn: { type: GraphQLLocalDate, description: "Only claims known by the end of this day." },
    validOn: { type: GraphQLLocalDate, description: "Only claims true on this day." },
  },
});
