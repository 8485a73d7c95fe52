import { Field, ObjectType } from "type-graphql";

import type { PartialDate } from "../common/partial-date.type.js";
import { PartialDate as PartialDateType, toPartialDate } from "../common/partial-date.type.js";
import { hydrate } from "../node/node.interface.js";
import { Show } from "../show/show.type.js";
import { Network } from "./network.type.js";

@ObjectType({ description: "A network canceling a show." })
export class Cancellation {
  @Field(() => Network)
  network!: Network;

  @Field(() => Show)
  show!: Show;

  @Field(() => PartialDateType, { nullable: true, description: "When, as precisely as it is known." })
  date!: PartialDate | null;
}

export const CANCELLATION_PROJECTION =
  "{network: network {.*}, show: show {.*}, date: canceled.date, datePrecision: canceled.datePrecision}";

interface CancellationRow {
  network: Record<string, unknown>;
  show: Record<string, unknown>;
  date: string | null;
  datePrecision: string | null;
}

export function toCancellation(row: Record<string, unknown>): Cancellation {
  const { network, show, date, datePrecision } = row as unknown as CancellationRow;
  return {
    network: hydrate(Network, network),
    show: hydrate(Show, show),
    date: toPartialDate(date, datePrecision),
  };
}
