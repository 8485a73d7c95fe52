import { Field, Int, ObjectType } from "type-graphql";

import { Character } from "../character/character.type.js";
import { hydrate } from "../node/node.interface.js";
import { Person } from "../person/person.type.js";
import { Show } from "../show/show.type.js";
import { CreditKind } from "./credit-kind.enum.js";
import { Credit } from "./credit.interface.js";

@ObjectType({ implements: Credit, description: "A person playing a character in a show." })
export class CastCredit extends Credit {
  override readonly kind = CreditKind.CAST;

  @Field(() => Character)
  character!: Character;

  @Field(() => Int, { nullable: true, description: "1 for the top-billed actor." })
  billingOrder!: number | null;

  @Field(() => [Int], { description: "Season numbers, where known." })
  seasons!: number[];

  @Field(() => Int, { nullable: true })
  episodeCount!: number | null;
}

/** The map every cast-credit query returns, so one hydration serves them all. */
export const CAST_CREDIT_PROJECTION =
  "{plays: plays {.*}, person: person {.*}, character: character {.*}, show: show {.*}}";

interface CastCreditRow {
  plays: { billingOrder?: number | null; seasons?: number[] | null; episodeCount?: number | null };
  person: Record<string, unknown>;
  character: Record<string, unknown>;
  show: Record<string, unknown>;
}

export function toCastCredit(row: Record<string, unknown>): CastCredit {
  const { plays, person, character, show } = row as unknown as CastCreditRow;
  return Object.assign(new CastCredit(), {
    person: hydrate(Person, person),
    character: hydrate(Character, character),
    show: hydrate(Show, show),
    billingOrder: plays.billingOrder ?? null,
    seasons: plays.seasons ?? [],
    episodeCount: plays.episodeCount ?? null,
  });
}
