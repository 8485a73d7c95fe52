import { getMetadataStorage } from "type-graphql";

/** True when `type` is `ancestor` or extends it. */
function descendsFrom(type: { prototype: unknown }, ancestor: { prototype: unknown }): boolean {
  for (let prototype = type.prototype; prototype; prototype = Object.getPrototypeOf(prototype) as unknown) {
    if (prototype === ancestor.prototype) {
      return true;
    }
  }
  return false;
}

/**
 * Marks every object type as TypeGraphQL's `simpleResolvers` (graphql-js's default resolver reads
 * a plain field) unless one of its fields, or a field of a class it extends, carries
 * `@Authorized` or `@UseMiddleware`, or is named in the schema otherwise than in the class
 * (`@Field({ name })`: the default resolver would read the wrong property). Call before `buildSchema`; an object type that sets the
 * option itself keeps its choice. Returns the names of the types left as they were.
 *
 * Why: without it TypeGraphQL wraps every plain field in a resolver that makes a data object and a
 * closure on each call, to run middlewares; no plain field here has any (auth is on resolvers).
 * (Fields an object type inherits from an interface class, such as `id`, keep it: TypeGraphQL
 * builds those from the interface.) A show's cast of 20 reads about 80 plain fields, and the wrappers were about 8 KB of the
 * 330 KB a planned request allocated under bench:query (sampling heap profile,
 * docs/benchmarks.md). A field that gets a middleware or roles later keeps its wrapper: the check
 * below reads the same registrations TypeGraphQL applies.
 */
export function useSimpleFieldResolvers(): string[] {
  const storage = getMetadataStorage();
  const guarded = [
    ...storage.authorizedFields,
    ...storage.middlewares,
    // graphql-js's default resolver reads the schema's name; TypeGraphQL's wrapper the property's.
    ...storage.fields.filter((field) => field.schemaName !== field.name),
  ].map((entry) => entry.target);
  const kept: string[] = [];
  for (const type of storage.objectTypes) {
    if (type.simpleResolvers !== undefined) {
      continue;
    }
    if (guarded.some((target) => descendsFrom(type.target, target))) {
      kept.push(type.name);
    } else {
      type.simpleResolvers = true;
    }
  }
  return kept;
}
