import { registerEnumType } from "type-graphql";

export enum ProductionFactorKind {
  PANDEMIC = "PANDEMIC",
  LOCATION_LOGISTICS = "LOCATION_LOGISTICS",
  BUDGET = "BUDGET",
  LABOR_DISPUTE = "LABOR_DISPUTE",
  CASTING = "CASTING",
  SCHEDULING = "SCHEDULING",
  LEGAL = "LEGAL",
  OTHER = "OTHER",
}

registerEnumType(ProductionFactorKind, {
  name: "ProductionFactorKind",
  description: "What sort of circumstance a production factor is.",
  valuesConfig: {
    LOCATION_LOGISTICS: { description: "Moving between or working in particular places." },
    BUDGET: { description: "What the production costs." },
    LABOR_DISPUTE: { description: "A strike or lockout." },
    CASTING: { description: "An actor leaving, unavailable or recast." },
  },
});
