import type { ClassType } from "type-graphql";
import { registerEnumType } from "type-graphql";

import type { Order } from "./order.input.js";
import { OrderInput } from "./order.input.js";
import type { OrderKey } from "./root-list-definition.js";

/** Sorting by the normalised name or title, so case and accents do not change the order. */
export const BY_NAME_KEY: OrderKey[] = [{ expression: "coalesce(n.nameKey, '')" }];

export type NameOrderField = "NAME";

/**
 * The `<Name>Order` input (and `<Name>OrderField` enum) of a list that sorts by name only; its
 * own enum per type, so another order can be added later without changing any type's name.
 */
export function NameOrderInput(name: string): ClassType<Order<NameOrderField>> {
  const fields = { NAME: "NAME" } as const;
  registerEnumType(fields, {
    name: `${name}OrderField`,
    valuesConfig: { NAME: { description: "By name, ignoring case and accents." } },
  });
  return OrderInput<NameOrderField>(name, fields, "NAME");
}

export const BY_NAME: Record<NameOrderField, OrderKey[]> = { NAME: BY_NAME_KEY };
