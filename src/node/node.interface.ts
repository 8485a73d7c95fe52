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
  // Copied key by key: a rest object and a second source per node were 2 of the 3 objects this
  // made, for every node of every page (a show's cast of 20 hydrates 60).
  const node = new Type();
  const fields = node as unknown as Record<string, unknown>;
  for (const name of Object.keys(properties)) {
    if (name !== "id") {
      fields[name] = properties[name];
    }
  }
  node.key = String(properties.id);
  return node;
}
