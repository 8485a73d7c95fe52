import { registerEnumType } from "type-graphql";

export enum ShowRelationReason {
  SAME_CREATOR = "SAME_CREATOR",
  SPIN_OFF = "SPIN_OFF",
  SEQUEL = "SEQUEL",
  PREQUEL = "PREQUEL",
  REMAKE = "REMAKE",
  SAME_UNIVERSE = "SAME_UNIVERSE",
  SHARED_CAST = "SHARED_CAST",
  SHARED_CREW = "SHARED_CREW",
}

registerEnumType(ShowRelationReason, {
  name: "ShowRelationReason",
  description:
    "Why two shows are related: a stated RELATED_TO reason, or people they share (SHARED_CAST, SHARED_CREW).",
  valuesConfig: {
    SHARED_CAST: { description: "Someone acted in both." },
    SHARED_CREW: {
      description: "Someone worked on the crew of both, or on the crew of one and in the cast of the other.",
    },
  },
});
