import type { GraphQLDirective } from "graphql";
import { specifiedDirectives } from "graphql";

import { asOfDirective } from "../claim/as-of.directive.js";

/** The directives the schema declares: GraphQL's own, then ours (one per line). */
export const directives: GraphQLDirective[] = [...specifiedDirectives, asOfDirective];
