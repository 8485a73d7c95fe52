import { Field, ObjectType } from "type-graphql";

import { hydrate } from "../node/node.interface.js";
import { Show } from "../show/show.type.js";
import { Network } from "./network.type.js";

@ObjectType({ description: "A network carrying a show." })
export class Carriage {
  @Field(() => Network)
  network!: Network;

  @Field(() => Show)
  show!: Show;

  @Field(() => Boolean, { description: "Whether the network presents the show as its own original." })
  original!: boolean;
}

export const CARRIAGE_PROJECTION =
  "{network: network {.*}, show: show {.*}, original: coalesce(carries.original, false)}";

interface CarriageRow {
  network: Record<string, unknown>;
  show: Record<string, unknown>;
  original: boolean;
}

export function toCarriage(row: Record<string, unknown>): Carriage {
  const { network, show, original } = row as unknown as CarriageRow;
  return { network: hydrate(Network, network), show: hydrate(Show, show), original };
}
