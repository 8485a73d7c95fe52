import { Field, ObjectType } from "type-graphql";

import type { ExternalIds } from "../common/external-ids.type.js";
import { ExternalIds as ExternalIdsType, externalIdsOf } from "../common/external-ids.type.js";
import { Node } from "../node/node.interface.js";

@ObjectType({ implements: Node, description: "An actor or a member of a crew." })
export class Person extends Node {
  @Field(() => String)
  name!: string;

  imdbId?: string | null;
  tmdbId?: string | null;
  tvmazeId?: string | null;
  wikidataId?: string | null;

  @Field(() => ExternalIdsType)
  get externalIds(): ExternalIds {
    return externalIdsOf(this);
  }
}
