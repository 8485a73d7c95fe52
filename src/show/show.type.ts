import { Field, Int, ObjectType } from "type-graphql";

import type { ExternalIds } from "../common/external-ids.type.js";
import { ExternalIds as ExternalIdsType, externalIdsOf } from "../common/external-ids.type.js";
import type { PartialDate } from "../common/partial-date.type.js";
import { PartialDate as PartialDateType, toPartialDate } from "../common/partial-date.type.js";
import { Node } from "../node/node.interface.js";
import { ShowKind } from "./show-kind.enum.js";
import { ShowStatus } from "./show-status.enum.js";

@ObjectType({ implements: Node, description: "A series, miniseries, film or special." })
export class Show extends Node {
  @Field(() => String)
  title!: string;

  @Field(() => ShowKind, { nullable: true })
  kind!: ShowKind | null;

  @Field(() => ShowStatus, { nullable: true })
  status!: ShowStatus | null;

  @Field(() => [String], { description: "ISO 3166-1 alpha-2 codes of the countries that produced it." })
  originCountries: string[] = [];

  @Field(() => String, { nullable: true, description: "BCP 47 language tag." })
  originalLanguage!: string | null;

  @Field(() => String, { nullable: true })
  synopsis!: string | null;

  @Field(() => Int, { nullable: true })
  seasonCount!: number | null;

  @Field(() => Int, { nullable: true })
  episodeCount!: number | null;

  premiereDate?: string | null;
  premiereDatePrecision?: string | null;
  endDate?: string | null;
  endDatePrecision?: string | null;
  imdbId?: string | null;
  tmdbId?: string | null;
  tvmazeId?: string | null;
  wikidataId?: string | null;

  @Field(() => PartialDateType, { nullable: true, description: "When the first episode was released." })
  get premiere(): PartialDate | null {
    return toPartialDate(this.premiereDate, this.premiereDatePrecision);
  }

  @Field(() => PartialDateType, { nullable: true, description: "When the last episode was released." })
  get ended(): PartialDate | null {
    return toPartialDate(this.endDate, this.endDatePrecision);
  }

  @Field(() => ExternalIdsType)
  get externalIds(): ExternalIds {
    return externalIdsOf(this);
  }
}
