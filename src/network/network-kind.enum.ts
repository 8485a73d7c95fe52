import { registerEnumType } from "type-graphql";

export enum NetworkKind {
  STREAMER = "STREAMER",
  BROADCASTER = "BROADCASTER",
  CABLE = "CABLE",
}

registerEnumType(NetworkKind, {
  name: "NetworkKind",
  description: "How a network reaches its viewers.",
  valuesConfig: {
    STREAMER: { description: "A streaming service (Netflix)." },
    BROADCASTER: { description: "Free-to-air television." },
    CABLE: { description: "A cable or satellite channel." },
  },
});
