import { registerEnumType } from "type-graphql";

/** The values are the relationship types from a show to a place. */
export enum LocationRole {
  SET_IN = "SET_IN",
  FILMED_IN = "FILMED_IN",
  PRODUCED_IN = "PRODUCED_IN",
}

registerEnumType(LocationRole, {
  name: "LocationRole",
  description: "What a place is to a show.",
  valuesConfig: {
    SET_IN: { description: "Where the story takes place." },
    FILMED_IN: { description: "Where it was shot." },
    PRODUCED_IN: {
      description:
        "Where it was produced. Filming is part of production: asking for PRODUCED_IN finds FILMED_IN too.",
    },
  },
});
