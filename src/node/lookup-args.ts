import { ArgsType, Field, ID } from "type-graphql";

import { EXTERNAL_ID_PROPERTY, ExternalIdInput } from "../common/external-ids.type.js";
import { fromGlobalId } from "../common/global-id.js";
import { toNameKey } from "../common/name-key.js";
import { BadUserInputError } from "../errors/showgraph-error.js";

/** For things no other catalogue identifies (characters, networks, places, ...). */
@ArgsType()
export class NameLookupArgs {
  @Field(() => ID, { nullable: true, description: "The global ID." })
  id?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The exact name or title, in any case and with or without accents.",
  })
  name?: string | null;
}

@ArgsType()
export class LookupArgs extends NameLookupArgs {
  @Field(() => ExternalIdInput, { nullable: true, description: "An id in IMDb, TMDB, TVmaze or Wikidata." })
  externalId?: ExternalIdInput | null;
}

export type Lookup =
  | { by: "key"; typename: string; key: string }
  | {
      by: "property";
      property: "nameKey" | (typeof EXTERNAL_ID_PROPERTY)[keyof typeof EXTERNAL_ID_PROPERTY];
      value: string;
    };

/** Exactly one way of finding the thing must be given. */
export function toLookup(args: LookupArgs): Lookup {
  return lookupFrom(args, "id, name or externalId");
}

export function toNameLookup({ id, name }: NameLookupArgs): Lookup {
  return lookupFrom({ id, name, externalId: null }, "id or name");
}

function lookupFrom({ id, name, externalId }: LookupArgs, choices: string): Lookup {
  const given = [id, name, externalId].filter((value) => value != null).length;
  if (given !== 1) {
    throw new BadUserInputError(`Pass exactly one of ${choices}`, { argument: "id" });
  }
  if (id != null) {
    return { by: "key", ...fromGlobalId(id) };
  }
  if (name != null) {
    return { by: "property", property: "nameKey", value: toNameKey(name) };
  }
  const external = externalId as ExternalIdInput;
  return { by: "property", property: EXTERNAL_ID_PROPERTY[external.source], value: external.id.trim() };
}
