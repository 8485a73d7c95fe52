import { Field, ID, InterfaceType } from "type-graphql";

import { toGlobalId } from "../common/global-id.js";

@InterfaceType({
  description: "An object with a globally unique, opaque ID (Relay Global Object Identification).",
})
export abstract class Node {
  /** The stable key stored as `id` in Neo4j; never shown to clients as such. */
  key!: string;

  @Field(() => ID, { description: "Opaque global ID; pass it to node(id:)." })
  get id(): string {
    return toGlobalId(this.constructor.name, this.key);
  }

  @Field(() => String, {
    description: "What to call it in a list or a picture: a title, a name, or the quote's words.",
  })
  get displayName(): string {
    const { title, name, text } = this as { title?: unknown; name?: unknown; text?: unknown };
    return [title, name, text].find((value): value is string => typeof value === "string") ?? this.key;
  }
}

/** Builds a GraphQL object from a row's node properties (`n {.*}`), moving `id` to `key`. */
export function hydrate<T extends Node>(Type: new () => T, properties: Record<string, unknown>): T {
  const { id, ...rest } = properties;
  return Object.assign(new Type(), rest, { key: String(id) });
}
