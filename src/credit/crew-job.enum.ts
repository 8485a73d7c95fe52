import { registerEnumType } from "type-graphql";

/** Declared in the order a show's crew is listed. */
export enum CrewJob {
  CREATOR = "CREATOR",
  SHOWRUNNER = "SHOWRUNNER",
  EXECUTIVE_PRODUCER = "EXECUTIVE_PRODUCER",
  WRITER = "WRITER",
  DIRECTOR = "DIRECTOR",
  PRODUCER = "PRODUCER",
}

registerEnumType(CrewJob, {
  name: "CrewJob",
  description: "A crew member's job on a show. Filters on a job also find the jobs within it.",
  valuesConfig: {
    SHOWRUNNER: { description: "Runs the show day to day; within EXECUTIVE_PRODUCER." },
    EXECUTIVE_PRODUCER: { description: "Within PRODUCER." },
  },
});
