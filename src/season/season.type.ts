import { Field, Int, ObjectType } from "type-graphql";

import type { PartialDate } from "../common/partial-date.type.js";
import { PartialDate as PartialDateType, toPartialDate } from "../common/partial-date.type.js";
import { Node } from "../node/node.interface.js";

@ObjectType({ implements: Node, description: "One season of a series." })
export class Season extends Node {
  @Field(() => Int, { description: "1 for the first season." })
  number!: number;

  @Field(() => Int, { nullable: true })
  episodeCount!: number | null;

  premiereDate?: string | null;
  premiereDatePrecision?: string | null;
  endDate?: string | null;
  endDatePrecision?: string | null;

  @Field(() => PartialDateType, { nullable: true, description: "When its first episode was released." })
  get premiere(): PartialDate | null {
    return toPartialDate(this.premiereDate, this.premiereDatePrecision);
  }

  @Field(() => PartialDateType, { nullable: true, description: "When its last episode was released." })
  get ended(): PartialDate | null {
    return toPartialDate(this.endDate, this.endDatePrecision);
  }

  // A season has no name of its own; its show's title is one hop away (Season.show).
  override get displayName(): string {
    return `Season ${this.number}`;
  }
}
