import { registerEnumType } from "type-graphql";

/** In this order when two events fall on the same date. */
export enum TimelineEventKind {
  PRODUCTION_DELAYED = "PRODUCTION_DELAYED",
  PREMIERE = "PREMIERE",
  CANCELED = "CANCELED",
  REPORTED = "REPORTED",
  INTERVIEW = "INTERVIEW",
}

registerEnumType(TimelineEventKind, {
  name: "TimelineEventKind",
  valuesConfig: {
    PRODUCTION_DELAYED: { description: "Something delayed the production (the COVID-19 pandemic)." },
    PREMIERE: { description: "The show premiered." },
    CANCELED: { description: "A network canceled the show." },
    REPORTED: { description: "An article about the show was published." },
    INTERVIEW: { description: "Someone spoke about the show to an outlet." },
  },
});
