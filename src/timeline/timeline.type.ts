import { Field, ObjectType } from "type-graphql";

import { Article } from "../article/article.type.js";
import { Claim } from "../claim/claim.type.js";
import type { PartialDate } from "../common/partial-date.type.js";
import { PartialDate as PartialDateType } from "../common/partial-date.type.js";
import { Quote } from "../quote/quote.type.js";
import { TimelineEventKind } from "./timeline-event-kind.enum.js";

@ObjectType({ description: "Something that happened to a show, with the claims and sources that say so." })
export class TimelineEvent {
  @Field(() => TimelineEventKind)
  kind!: TimelineEventKind;

  @Field(() => PartialDateType, {
    nullable: true,
    description:
      'When, to the precision known: "2021-09" is a month, never a day. Null when no source dates it.',
  })
  date!: PartialDate | null;

  @Field(() => String)
  description!: string;

  @Field(() => [Claim], {
    description: "The claims the event rests on, preferred first, with their sources.",
  })
  evidence!: Claim[];

  @Field(() => Article, { nullable: true, description: "For REPORTED: the article." })
  article!: Article | null;

  @Field(() => [Quote], { description: "For INTERVIEW: the words reported." })
  quotes!: Quote[];
}

@ObjectType({ description: "A show's events in date order." })
export class Timeline {
  @Field(() => [TimelineEvent], {
    description: "Dated events, earliest first; a month sorts before the days within it.",
  })
  events!: TimelineEvent[];

  @Field(() => [TimelineEvent], {
    description:
      "Events that no source dates (an interview, a production delay), kept apart rather than guessed.",
  })
  undated!: TimelineEvent[];
}
