import { personCastCreditsConnection, showCastConnection } from "../credit/cast-credit.connection.js";
import { showNetworksList } from "../network/show-networks.list.js";
import type { ConnectionDefinition } from "../pagination/connection-definition.js";
import type { ListDefinition } from "../pagination/list-definition.js";
import { personCoStarsConnection } from "../person/co-star.connection.js";
import type { ItemShape } from "./item-shapes.js";
import { CARRIAGE_SHAPE, CAST_CREDIT_SHAPE, CO_STAR_SHAPE } from "./item-shapes.js";

/** A nested field the engine folds into its root field's statement. */
export type PlannedField =
  | { kind: "connection"; definition: ConnectionDefinition<unknown>; shape: ItemShape }
  | { kind: "list"; definition: ListDefinition<unknown>; shape: ItemShape };

/**
 * The nested fields planned so far, by parent type and field name: those without arguments other
 * than a page (filters such as `crew(job:)` still go through the loaders). Every other field below
 * a root field makes the engine leave that root field to the resolvers and their batched loaders.
 */
const connection = <T>(definition: ConnectionDefinition<T>, shape: ItemShape): PlannedField => ({
  kind: "connection",
  definition: definition as ConnectionDefinition<unknown>,
  shape,
});

export const PLANNED_FIELDS: Record<string, Record<string, PlannedField>> = {
  Show: {
    cast: connection(showCastConnection, CAST_CREDIT_SHAPE),
    networks: {
      kind: "list",
      definition: showNetworksList as ListDefinition<unknown>,
      shape: CARRIAGE_SHAPE,
    },
  },
  Person: {
    castCredits: connection(personCastCreditsConnection, CAST_CREDIT_SHAPE),
    coStars: connection(personCoStarsConnection, CO_STAR_SHAPE),
  },
};
