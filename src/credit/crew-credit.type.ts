import { Field, ObjectType } from "type-graphql";

import { hydrate } from "../node/node.interface.js";
import { Person } from "../person/person.type.js";
import { Show } from "../show/show.type.js";
import { CreditKind } from "./credit-kind.enum.js";
import { Credit } from "./credit.interface.js";
import { CrewJob } from "./crew-job.enum.js";

@ObjectType({ implements: Credit, description: "A person's job behind the camera on a show." })
export class CrewCredit extends Credit {
  override readonly kind = CreditKind.CREW;

  @Field(() => CrewJob)
  job!: CrewJob;
}

/** The map every crew-credit query returns. */
export const CREW_CREDIT_PROJECTION = "{job: worked.job, person: person {.*}, show: show {.*}}";

interface CrewCreditRow {
  job: CrewJob;
  person: Record<string, unknown>;
  show: Record<string, unknown>;
}

export function toCrewCredit(row: Record<string, unknown>): CrewCredit {
  const { job, person, show } = row as unknown as CrewCreditRow;
  return Object.assign(new CrewCredit(), {
    person: hydrate(Person, person),
    show: hydrate(Show, show),
    job,
  });
}
