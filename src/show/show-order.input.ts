import { registerEnumType } from "type-graphql";

import { OrderInput } from "../listing/order.input.js";

export enum ShowOrderField {
  TITLE = "TITLE",
  PREMIERE_DATE = "PREMIERE_DATE",
  CAST_SIZE = "CAST_SIZE",
  CREW_SIZE = "CREW_SIZE",
}

registerEnumType(ShowOrderField, {
  name: "ShowOrderField",
  valuesConfig: {
    TITLE: { description: "By title, ignoring case and accents." },
    PREMIERE_DATE: {
      description:
        "By the first day the premiere can mean (August 2021 as 2021-08-01); shows with no known premiere last.",
    },
    CAST_SIZE: { description: "By the number of cast credits (Show.cast.totalCount)." },
    CREW_SIZE: { description: "By the number of crew credits." },
  },
});

export const ShowOrder = OrderInput("Show", ShowOrderField, ShowOrderField.TITLE);
