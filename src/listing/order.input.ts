import type { ClassType } from "type-graphql";
import { Field, InputType } from "type-graphql";

import { OrderDirection } from "./order-direction.enum.js";

export interface Order<TField extends string> {
  field: TField;
  direction: OrderDirection;
}

/**
 * Declares the `<Name>Order` input of a root list: a field from the list's own enum (registered
 * as `<Name>OrderField`) and a direction. Ties are always broken by id, so every order is total.
 */
export function OrderInput<TField extends string>(
  name: string,
  FieldEnum: Record<string, TField>,
  defaultField: TField,
): ClassType<Order<TField>> {
  @InputType(`${name}Order`, { description: `How to sort ${name} results; ties are broken by id.` })
  class OrderInputType implements Order<TField> {
    @Field(() => FieldEnum, { defaultValue: defaultField })
    field!: TField;

    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
    direction!: OrderDirection;
  }

  return OrderInputType;
}
