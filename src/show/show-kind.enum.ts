import { registerEnumType } from "type-graphql";

export enum ShowKind {
  SERIES = "SERIES",
  MINISERIES = "MINISERIES",
  FILM = "FILM",
  SPECIAL = "SPECIAL",
}

registerEnumType(ShowKind, { name: "ShowKind", description: "What kind of production a show is." });
