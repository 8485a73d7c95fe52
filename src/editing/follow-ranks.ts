import { refreshCreditOrderStatement } from "../credit/credit-order.js";
import { withNameKey } from "../ingest/derived-name-key.js";
import { DERIVE_ARTICLE_CLAIMS_KNOWN_TIMES } from "../ingest/known-times.js";
import type { CypherStatement, CypherTransaction } from "../neo4j/cypher-executor.js";
import {
  PREFER_PROPERTY_CLAIM,
  PROPERTY_CLAIM_SUBJECT,
  SET_SUBJECT_PROPERTIES,
  storedProperties,
  syncStoredRelationships,
} from "./stored-fact.js";

/** A claim whose rank has just been written, with the rank it had before. */
export interface RankChange {
  id: string;
  predicate: string;
  /** The claim's value (a property claim's asserted value, a relationship's key value). */
  value: string | null;
  /** A relationship claim (it has an OBJECT). */
  hasObject: boolean;
  from: string;
  to: string;
}

/** Runs one statement in the caller's transaction; its rows. */
export type RunStatement = <Row>(statement: CypherStatement) => Promise<Row[]>;

/** RunStatement over a transaction, for callers that do not count what statements changed. */
export function runIn(tx: CypherTransaction): RunStatement {
  return async <Row>(statement: CypherStatement) => (await tx.run<Row>(statement)).rows;
}

/**
 * Makes what the graph stores follow claims whose rank changed, by whatever path (setClaimRank,
 * deprecateClaim, a facts file that states a new rank for a claim the graph has): the one place
 * the rule of docs/model.md ("Claims") and docs/editing.md is applied.
 *
 * - A relationship exists while any claim asserting it (same subject, predicate, object and
 *   value) is not DEPRECATED: removed when the last one is deprecated, back when one returns.
 * - A property holds its preferred claim's value: a claim made PREFERRED sets it (and the other
 *   preferred claims of that property become NORMAL); a PREFERRED claim demoted or deprecated
 *   hands the property to the best claim of it that is not deprecated (PROPERTY_CLAIM_SUBJECT:
 *   preferred first, then by validity and confidence), and only when none is left is the
 *   property removed.
 * - Derived data follows in the same transaction: `nameKey` with a name or title (withNameKey),
 *   the characters' `creditOrder` with a show's premiere date, title or a character's show, and
 *   the known times of an article's claims with the article's `publishedDate`.
 *
 * A change to the same rank applies the rule again (an edit that repairs what the graph stores).
 * Returns the ids of the claims it demoted to NORMAL (to record and announce with the edit).
 */
export async function followRankChanges(
  run: RunStatement,
  changes: readonly RankChange[],
): Promise<{ demoted: string[] }> {
  const demoted: string[] = [];
  const byPredicate = new Map<string, string[]>();
  for (const change of changes) {
    if (change.hasObject) {
      byPredicate.set(change.predicate, [...(byPredicate.get(change.predicate) ?? []), change.id]);
    } else {
      demoted.push(...(await followPropertyClaim(run, change)));
    }
  }
  for (const [predicate, ids] of byPredicate) {
    const sync = syncStoredRelationships(predicate, ids);
    if (sync) {
      await run(sync);
    }
  }
  // The stored fact may be a character's show, or a show's premiere date or title: credits follow.
  const creditOrder = refreshCreditOrderStatement({ claims: changes.map((change) => change.id) });
  if (creditOrder) {
    await run(creditOrder);
  }
  return { demoted };
}

/** A property claim's new rank, applied to its subject's property; the claims it demoted. */
async function followPropertyClaim(run: RunStatement, change: RankChange): Promise<string[]> {
  const becamePreferred = change.to === "PREFERRED";
  if (!becamePreferred && change.from !== "PREFERRED") {
    return [];
  }
  const [subject] = await run<{ id: string; labels: string[]; standingValues: Array<string | null> }>({
    cypher: PROPERTY_CLAIM_SUBJECT,
    parameters: { id: change.id },
  });
  if (!subject) {
    return [];
  }
  const value = becamePreferred ? change.value : (subject.standingValues[0] ?? null);
  const properties = withNameKey(subject.labels, storedProperties(change.predicate, value));
  const [row] = becamePreferred
    ? await run<{ demoted: string[] }>({
        cypher: PREFER_PROPERTY_CLAIM,
        parameters: { id: change.id, properties },
      })
    : await run<never>({ cypher: SET_SUBJECT_PROPERTIES, parameters: { id: change.id, properties } });
  if (change.predicate === "publishedDate" && subject.labels.includes("Article")) {
    // The known times of the claims the article supports come from its date (known-times.ts).
    await run({ cypher: DERIVE_ARTICLE_CLAIMS_KNOWN_TIMES, parameters: { rows: [{ id: subject.id }] } });
  }
  return row?.demoted ?? [];
}
