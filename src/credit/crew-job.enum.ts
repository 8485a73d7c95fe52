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

registerEnumType(CrewJob, { name: "CrewJob", description: "A crew member's job on a show." });
