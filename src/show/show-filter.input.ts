import { Field, ID, InputType } from "type-graphql";

import { LocationRole } from "../location/location-role.enum.js";
import { ShowKind } from "./show-kind.enum.js";
import { ShowStatus } from "./show-status.enum.js";

@InputType({ description: "A place a show is tied to: the place itself or anywhere within it." })
export class ShowLocationFilter {
  @Field(() => ID, {
    description: "The place's global ID; places within it count too (Tel Aviv for Israel).",
  })
  location!: string;

  @Field(() => [LocationRole], {
    nullable: true,
    description:
      "Only these ties to the place and the ties within them (PRODUCED_IN includes FILMED_IN); by default set, filmed or produced there.",
  })
  roles?: LocationRole[] | null;
}

const PREMIERE_BOUND =
  'As much of the date as matters: "2021", "2021-08" or "2021-08-14". A premiere known only to the month or year counts only when every day it can mean is';

@InputType({ description: "Conditions a show must meet; every condition given applies." })
export class ShowFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the title, in any case and with or without accents: "cafe" finds "Café".',
  })
  titleContains?: string | null;

  @Field(() => [ShowKind], { nullable: true, description: "Any of these kinds." })
  kinds?: ShowKind[] | null;

  @Field(() => [ShowStatus], { nullable: true, description: "Any of these statuses." })
  statuses?: ShowStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Carried by this network (its global ID)." })
  network?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Premiered after the whole of this date ("2021": from 2022-01-01). ${PREMIERE_BOUND} after it.`,
  })
  premieredAfter?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Premiered before the whole of this date ("2021": until 2020-12-31). ${PREMIERE_BOUND} before it.`,
  })
  premieredBefore?: string | null;

  @Field(() => ID, { nullable: true, description: "Affected by this production factor (its global ID)." })
  hasProductionFactor?: string | null;

  @Field(() => ShowLocationFilter, { nullable: true })
  locatedIn?: ShowLocationFilter | null;
}
