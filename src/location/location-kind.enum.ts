import { registerEnumType } from "type-graphql";

export enum LocationKind {
  COUNTRY = "COUNTRY",
  REGION = "REGION",
  CITY = "CITY",
}

registerEnumType(LocationKind, {
  name: "LocationKind",
  description: "How big a place is; places nest through Location.parent.",
});
