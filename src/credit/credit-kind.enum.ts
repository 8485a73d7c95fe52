import { registerEnumType } from "type-graphql";

export enum CreditKind {
  CAST = "CAST",
  CREW = "CREW",
}

registerEnumType(CreditKind, {
  name: "CreditKind",
  description: "In front of the camera (a role) or behind it (a job).",
});
