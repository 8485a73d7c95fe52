import { Field, InterfaceType } from "type-graphql";

import { Person } from "../person/person.type.js";
import { Show } from "../show/show.type.js";
import { CreditKind } from "./credit-kind.enum.js";

@InterfaceType({
  description: "A person's part in a show: a role (CastCredit) or a job (CrewCredit).",
  // Type names rather than classes, so the interface needs no import of its implementations.
  resolveType: (credit: Credit) => (credit.kind === CreditKind.CAST ? "CastCredit" : "CrewCredit"),
})
export abstract class Credit {
  // Not abstract: some compilers drop abstract properties and their decorators with them.
  @Field(() => CreditKind)
  readonly kind!: CreditKind;

  @Field(() => Person)
  person!: Person;

  @Field(() => Show)
  show!: Show;
}
