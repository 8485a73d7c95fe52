import { registerEnumType } from "type-graphql";

export enum FactorEffect {
  DELAYED_PRODUCTION = "DELAYED_PRODUCTION",
  HALTED_PRODUCTION = "HALTED_PRODUCTION",
  INCREASED_COST = "INCREASED_COST",
  RELOCATED_PRODUCTION = "RELOCATED_PRODUCTION",
  SHORTENED_SEASON = "SHORTENED_SEASON",
  CONTRIBUTED_TO_CANCELLATION = "CONTRIBUTED_TO_CANCELLATION",
}

registerEnumType(FactorEffect, {
  name: "FactorEffect",
  description: "What a production factor did to a show. One factor can have several effects.",
});
