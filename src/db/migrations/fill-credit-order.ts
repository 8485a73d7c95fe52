import { refreshCreditOrderStatement } from "../../credit/credit-order.js";
import type { CypherExecutor } from "../../neo4j/cypher-executor.js";

/** Characters per transaction: the keys of a page are one small write. */
const BATCH_SIZE = 5_000;

/** A page of character ids after `$after`, in id order (unique: migration 0001's index serves it). */
const CHARACTER_PAGE = `MATCH (character:Character) WHERE character.id > $after
RETURN character.id AS id ORDER BY id LIMIT ${BATCH_SIZE}`;

/**
 * Gives every character the credit order its show gives it (`character.creditOrder`,
 * src/credit/credit-order.ts), a page of characters per transaction, with the statement every
 * writer runs, so the key has one definition. Safe to run again: keys already right are not
 * written.
 *
 * @returns how many keys it set
 */
export async function fillCreditOrder(executor: CypherExecutor): Promise<number> {
  let changed = 0;
  let after = "";
  for (;;) {
    const ids = (
      await executor.read<{ id: string }>(
        { cypher: CHARACTER_PAGE, parameters: { after } },
        { operation: "migrate: read characters" },
      )
    ).map(({ id }) => id);
    const statement = refreshCreditOrderStatement({ characters: ids });
    if (statement) {
      const [row] = await executor.write<{ changed: number }>(statement, {
        operation: "migrate: credit order",
      });
      changed += row?.changed ?? 0;
    }
    if (ids.length < BATCH_SIZE) {
      return changed;
    }
    after = ids.at(-1) ?? after;
  }
}
