import { Field, Int, ObjectType } from "type-graphql";

import { hydrate } from "../node/node.interface.js";
import { Person } from "../person/person.type.js";
import { ShowRelationReason } from "./show-relation-reason.enum.js";
import { Show } from "./show.type.js";

@ObjectType({ description: "Another show and how it is related to this one." })
export class RelatedShow {
  @Field(() => Show)
  show!: Show;

  @Field(() => [ShowRelationReason], {
    description: "Stated reasons (SAME_CREATOR, ...) first, then SHARED_CAST / SHARED_CREW.",
  })
  reasons!: ShowRelationReason[];

  @Field(() => [String], { description: "What the stated relations say, where they say anything." })
  descriptions!: string[];

  @Field(() => [Person], { description: "People in the cast or crew of both shows, by name." })
  sharedPeople!: Person[];

  @Field(() => Int)
  get sharedPeopleCount(): number {
    return this.sharedPeople.length;
  }
}

export const RELATED_SHOW_PROJECTION =
  "{show: related {.*}, reasons: reasons, descriptions: descriptions, sharedPeople: [person IN sharedPeople | person {.*}]}";

interface RelatedShowRow {
  show: Record<string, unknown>;
  reasons: string[];
  descriptions: string[];
  sharedPeople: Record<string, unknown>[];
}

const REASON_ORDER: readonly string[] = Object.values(ShowRelationReason);

export function toRelatedShow(row: Record<string, unknown>): RelatedShow {
  const { show, reasons, descriptions, sharedPeople } = row as unknown as RelatedShowRow;
  return Object.assign(new RelatedShow(), {
    show: hydrate(Show, show),
    // A reason stored by a newer writer than this API would break the whole list as an enum.
    reasons: reasons
      .filter((reason) => REASON_ORDER.includes(reason))
      .sort((a, b) => REASON_ORDER.indexOf(a) - REASON_ORDER.indexOf(b)) as ShowRelationReason[],
    descriptions,
    sharedPeople: sharedPeople.map((person) => hydrate(Person, person)),
  });
}
