import { registerEnumType } from "type-graphql";

export enum NewsSourceKind {
  TRADE_PUBLICATION = "TRADE_PUBLICATION",
  NEWSPAPER = "NEWSPAPER",
  MAGAZINE = "MAGAZINE",
  BROADCASTER = "BROADCASTER",
  WIRE_SERVICE = "WIRE_SERVICE",
  WEBSITE = "WEBSITE",
  FAN_SITE = "FAN_SITE",
}

registerEnumType(NewsSourceKind, { name: "NewsSourceKind", description: "What kind of outlet it is." });
