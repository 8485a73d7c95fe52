import { registerEnumType } from "type-graphql";

export enum ShowStatus {
  IN_DEVELOPMENT = "IN_DEVELOPMENT",
  RUNNING = "RUNNING",
  ENDED = "ENDED",
  CANCELED = "CANCELED",
}

registerEnumType(ShowStatus, { name: "ShowStatus" });
