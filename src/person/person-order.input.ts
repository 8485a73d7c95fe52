import { registerEnumType } from "type-graphql";

import { OrderInput } from "../listing/order.input.js";

export enum PersonOrderField {
  NAME = "NAME",
  CREDIT_COUNT = "CREDIT_COUNT",
  CAST_CREDIT_COUNT = "CAST_CREDIT_COUNT",
}

registerEnumType(PersonOrderField, {
  name: "PersonOrderField",
  valuesConfig: {
    NAME: { description: "By name, ignoring case and accents." },
    CREDIT_COUNT: { description: "By the number of cast and crew credits together." },
    CAST_CREDIT_COUNT: { description: "By the number of cast credits (Person.castCredits.totalCount)." },
  },
});

export const PersonOrder = OrderInput("Person", PersonOrderField, PersonOrderField.NAME);
