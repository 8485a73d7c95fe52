import { toNameKey } from "../common/name-key.js";
import type { ReferenceType } from "./graph-vocabulary.js";
import { NAME_PROPERTY, REFERENCE_TYPES } from "./graph-vocabulary.js";

/**
 * The properties a writer is about to set on a node, with `nameKey` added when they set the node's
 * name (`title` of a Show or Article, `name` of the other named labels: NAME_PROPERTY): the key is
 * derived data (docs/model.md), so every writer of a name goes through here and writes both in
 * one `SET` of the same transaction. A name set to null takes its key with it. Properties that do
 * not touch the name come back as they are (no `nameKey` key, so `SET n += ...` leaves it).
 *
 * `labels`: the node's labels (a claim's subject is read with `labels(s)`); the first label of
 * the model's vocabulary decides which property is its name.
 */
export function withNameKey(
  labels: readonly string[],
  properties: Record<string, unknown>,
): Record<string, unknown> {
  const label = labels.find((each): each is ReferenceType =>
    (REFERENCE_TYPES as readonly string[]).includes(each),
  );
  const nameProperty = label ? NAME_PROPERTY[label] : null;
  if (!nameProperty || !Object.hasOwn(properties, nameProperty)) {
    return properties;
  }
  const name = properties[nameProperty];
  return { ...properties, nameKey: typeof name === "string" ? toNameKey(name) : null };
}

/**
 * Predicates no claim may have: `nameKey` and `creditOrder` are derived from other properties
 * (src/credit/credit-order.ts), and `id` is the node's identity (docs/model.md, "What is a fact").
 * A preferred claim of one of these would write it directly and leave it disagreeing with its
 * source.
 */
export const UNCLAIMABLE_PROPERTIES: ReadonlySet<string> = new Set(["id", "nameKey", "creditOrder"]);
