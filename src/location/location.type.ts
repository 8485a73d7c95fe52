import { Field, ObjectType } from "type-graphql";

import { Node } from "../node/node.interface.js";
import { LocationKind } from "./location-kind.enum.js";

@ObjectType({
  implements: Node,
  description: "A country, region or city; places nest (Tel Aviv within Israel).",
})
export class Location extends Node {
  @Field(() => String)
  name!: string;

  @Field(() => LocationKind, { nullable: true })
  kind!: LocationKind | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 code of its country." })
  countryCode!: string | null;
}
