import { Field, ObjectType } from "type-graphql";

import { hydrate } from "../node/node.interface.js";
import { Show } from "../show/show.type.js";
import { ShowLocation, toShowLocation } from "./show-location.type.js";

@ObjectType({ description: "A show found through a place, with the places that tie it there." })
export class LocatedShow {
  @Field(() => Show)
  show!: Show;

  @Field(() => [ShowLocation], {
    description: "The place or places within it where the show is set, filmed or produced.",
  })
  locations!: ShowLocation[];
}

interface LocatedShowRow {
  show: Record<string, unknown>;
  locations: Record<string, unknown>[];
}

export function toLocatedShow(row: Record<string, unknown>): LocatedShow {
  const { show, locations } = row as unknown as LocatedShowRow;
  return { show: hydrate(Show, show), locations: locations.map(toShowLocation) };
}
