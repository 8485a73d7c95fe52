import { Field, ID, InputType } from "type-graphql";

import { CrewJob } from "../credit/crew-job.enum.js";
import { NameFilter } from "../listing/name-filter.input.js";

@InputType({ description: "Conditions a person must meet; every condition given applies." })
export class PersonFilter extends NameFilter {
  @Field(() => ID, { nullable: true, description: "Plays a character in this show (its global ID)." })
  playedIn?: string | null;

  @Field(() => ID, { nullable: true, description: "Has a crew credit on this show (its global ID)." })
  workedOn?: string | null;

  @Field(() => CrewJob, {
    nullable: true,
    description:
      "Has a crew credit with this job or one within it (PRODUCER: executive producers and showrunners too): on the workedOn show when that is given, else on any show.",
  })
  job?: CrewJob | null;
}
