import "reflect-metadata";

import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";

import { authChecker } from "../auth/auth-checker.js";
import { editEvents } from "../editing/edit-events.js";
import { directives } from "./directives.js";
import { resolvers } from "./resolvers.js";
import { useSimpleFieldResolvers } from "./simple-field-resolvers.js";

let schema: Promise<GraphQLSchema> | undefined;

/** Builds the schema once per process: TypeGraphQL's metadata is global anyway. */
export function buildGraphQLSchema(): Promise<GraphQLSchema> {
  if (!schema) {
    useSimpleFieldResolvers();
    schema = buildSchema({ resolvers, directives, validate: false, authChecker, pubSub: editEvents });
  }
  return schema;
}
