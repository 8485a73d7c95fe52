import Cypher from "@neo4j/cypher-builder";

import { toNameKey } from "../../common/name-key.js";
import { creditOrderScopeOf, refreshCreditOrderStatement } from "../../credit/credit-order.js";
import { NAME_PROPERTY } from "../../ingest/graph-vocabulary.js";
import type { CypherExecutor } from "../../neo4j/cypher-executor.js";

/** Nodes read and rewritten per statement: a page of names is small, a page of writes one transaction. */
const BATCH_SIZE = 5_000;

interface NameRow {
  id: string;
  name: string;
  nameKey: string | null;
}

/** A page of one label's names after `$after` (ids are unique per label: migration 0001). */
function namePage(label: string, property: string): string {
  const node = new Cypher.NamedNode("n");
  return new Cypher.Match(new Cypher.Pattern(node, { labels: [label] }))
    .where(
      Cypher.and(
        Cypher.gt(node.property("id"), new Cypher.NamedParam("after")),
        Cypher.isNotNull(node.property(property)),
      ),
    )
    .return(
      [node.property("id"), "id"],
      [node.property(property), "name"],
      [node.property("nameKey"), "nameKey"],
    )
    .orderBy(node.property("id"))
    .limit(new Cypher.Literal(BATCH_SIZE))
    .build().cypher;
}

/** Sets `nameKey` of one label's nodes from `$rows` (`[{id, nameKey}]`). */
function setKeys(label: string): string {
  const row = new Cypher.NamedVariable("row");
  const node = new Cypher.NamedNode("n");
  return new Cypher.Unwind([new Cypher.NamedParam("rows"), row])
    .match(new Cypher.Pattern(node, { labels: [label], properties: { id: row.property("id") } }))
    .set([node.property("nameKey"), row.property("nameKey")])
    .build().cypher;
}

/**
 * Recomputes the stored `nameKey` of every named node with `toNameKey` and writes the ones that
 * differ, a page at a time; the full-text index (which indexes `nameKey`) follows the writes.
 * Folding is TypeScript (any-ascii's table), so no Cypher statement can do it: this is a code
 * migration (code-migrations.ts). Safe to run again: a second run writes nothing.
 *
 * @returns how many keys changed, by label
 */
export async function rebuildNameKeys(executor: CypherExecutor): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  for (const [label, property] of Object.entries(NAME_PROPERTY)) {
    if (property === null) {
      continue;
    }
    changed[label] = 0;
    const page = namePage(label, property);
    let after = "";
    for (;;) {
      const rows = await executor.read<NameRow>(
        { cypher: page, parameters: { after } },
        { operation: "migrate: read names" },
      );
      const stale = rows
        .map(({ id, name }) => ({ id, nameKey: toNameKey(String(name)) }))
        .filter(({ nameKey }, index) => nameKey !== rows[index]?.nameKey);
      if (stale.length > 0) {
        // A show's name key orders its characters' credits: they change in the same transaction.
        const creditOrder = refreshCreditOrderStatement(
          creditOrderScopeOf(
            label,
            stale.map(({ id }) => id),
          ),
        );
        await executor.writeAll(
          [{ cypher: setKeys(label), parameters: { rows: stale } }, ...(creditOrder ? [creditOrder] : [])],
          { operation: "migrate: name keys" },
        );
        changed[label] += stale.length;
      }
      if (rows.length < BATCH_SIZE) {
        break;
      }
      after = rows.at(-1)?.id ?? after;
    }
  }
  return changed;
}
