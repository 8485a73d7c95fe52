import { STALE_CREDIT_ORDERS } from "../../src/credit/credit-order.js";
import type { CypherReader } from "../../src/neo4j/cypher-executor.js";

/**
 * One person playing characters in shows chosen to stress the order of a person's cast credits
 * (newest show first, undated last, then show name, then character id): two shows with the same
 * premiere day (one known to the month), two with the same title on that day (so their
 * characters interleave by id), undated shows, one of them with the same title again. Ids start
 * with `fixture-co-` so removeIngestFixtures removes them.
 */
export const CREDIT_ORDER_SHOWS = [
  { id: "fixture-co-alpha", title: "Alpha", premiereDate: "2021-08" },
  { id: "fixture-co-bravo", title: "Bravo", premiereDate: "2021-08-01" },
  { id: "fixture-co-alpha-again", title: "ALPHA", premiereDate: "2021-08-01" },
  { id: "fixture-co-delta", title: "Delta" },
  { id: "fixture-co-alpha-undated", title: "Alpha" },
  { id: "fixture-co-golf", title: "Golf", premiereDate: "1999" },
  { id: "fixture-co-hotel", title: "Hotel", premiereDate: "2023-01-15" },
  { id: "fixture-co-echo", title: "Echo" },
];

/** Character number -> its show (ids `fixture-co-c<n>`, names `Role <n>`). */
export const CREDIT_ORDER_CHARACTERS: Record<number, string> = {
  1: "fixture-co-alpha-again",
  2: "fixture-co-alpha",
  3: "fixture-co-alpha-again",
  4: "fixture-co-alpha",
  5: "fixture-co-bravo",
  6: "fixture-co-delta",
  7: "fixture-co-alpha-undated",
  8: "fixture-co-golf",
  9: "fixture-co-hotel",
  10: "fixture-co-echo",
  11: "fixture-co-alpha-undated",
};

/**
 * The order worked out by hand: Hotel (2023); the 2021-08-01 shows, "alpha" (both: roles by id,
 * where "c1" < "c2" < "c3" < "c4") before "bravo"; Golf (1999); then the undated, "alpha" (c11
 * before c7: ids compare as strings), "delta", "echo".
 */
export const CREDIT_ORDER_EXPECTED = [9, 1, 2, 3, 4, 5, 8, 11, 7, 6, 10].map((n) => `Role ${n}`);

export const CREDIT_ORDER_PERSON = { id: "fixture-co-actor", name: "Fixture Credit Actor" };

type Entity = Record<string, unknown>;

/**
 * A facts document (JSON) of that graph, or of `shows` with changed fields; `extra` adds records
 * (claims, entities) to it.
 */
export function creditOrderFacts(
  article: string,
  {
    shows = CREDIT_ORDER_SHOWS,
    entities = [],
    claims = [],
  }: { shows?: Entity[]; entities?: Entity[]; claims?: Entity[] } = {},
): string {
  const characters = Object.entries(CREDIT_ORDER_CHARACTERS);
  return JSON.stringify({
    format: "showgraph-facts/1",
    article: { id: article, title: "Fixture credits", text: "Fixture text about credits." },
    entities: [
      ...shows.map((show) => ({ type: "Show", ...show })),
      { type: "Person", ...CREDIT_ORDER_PERSON },
      ...characters.map(([n, show]) => ({
        type: "Character",
        id: `fixture-co-c${n}`,
        name: `Role ${n}`,
        show,
      })),
      ...entities,
    ],
    claims: [
      ...characters.flatMap(([n, show]) => [
        {
          subject: `Person:${CREDIT_ORDER_PERSON.id}`,
          predicate: "PLAYS",
          object: `Character:fixture-co-c${n}`,
        },
        { subject: `Character:fixture-co-c${n}`, predicate: "CHARACTER_IN", object: `Show:${show}` },
      ]),
      ...claims,
    ],
  });
}

/**
 * Characters whose stored credit order is not the one their show gives (credit-order.ts), among
 * those whose id starts with `prefix` (other tests' fixtures may be written around the writers).
 * Empty when every writer kept the key.
 */
export async function staleCreditOrders(
  reader: CypherReader,
  prefix = "",
): Promise<Array<{ id: string; stored: string | null; expected: string | null }>> {
  const stale = await reader.read<{ id: string; stored: string | null; expected: string | null }>(
    { cypher: STALE_CREDIT_ORDERS },
    { operation: "test: stale credit orders" },
  );
  return stale.filter(({ id }) => id.startsWith(prefix));
}
