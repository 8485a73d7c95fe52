import { Field, Int, ObjectType } from "type-graphql";

import { hydrate } from "../node/node.interface.js";
import { Show } from "../show/show.type.js";
import { Person } from "./person.type.js";

@ObjectType({ description: "Someone who acted in the same show(s) as a person." })
export class CoStar {
  @Field(() => Person)
  person!: Person;

  @Field(() => [Show], { description: "The shows both acted in, by title." })
  sharedShows!: Show[];

  @Field(() => Int)
  get sharedShowCount(): number {
    return this.sharedShows.length;
  }
}

export const CO_STAR_PROJECTION = "{person: coStar {.*}, sharedShows: [show IN sharedShows | show {.*}]}";

interface CoStarRow {
  person: Record<string, unknown>;
  sharedShows: Record<string, unknown>[];
}

export function toCoStar(row: Record<string, unknown>): CoStar {
  const { person, sharedShows } = row as unknown as CoStarRow;
  return Object.assign(new CoStar(), {
    person: hydrate(Person, person),
    sharedShows: sharedShows.map((show) => hydrate(Show, show)),
  });
}
