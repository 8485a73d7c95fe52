import type { ClaimRank } from "../claim/claim-rank.enum.js";
import { BadUserInputError, NotFoundError } from "../errors/showgraph-error.js";
import { DERIVE_CLAIM_KNOWN_TIMES } from "../ingest/known-times.js";
import { locateQuote } from "../ingest/locate-quote.js";
import { integer } from "../ingest/neo4j-values.js";
import type { CypherTransaction } from "../neo4j/cypher-executor.js";
import type { LockedClaim } from "./claim-lock.js";
import { ADD_SUPPORT, ARTICLE_FOR_SOURCE, SET_CONFIDENCE, SET_RANK } from "./edit-cypher.js";
import { followRankChanges, runIn } from "./follow-ranks.js";

/** What one change of a claim did: a line for the edit record, and other claims it changed. */
export interface ClaimChange {
  summary: string;
  alsoTouched: string[];
}

/**
 * Adds a passage of an article as a source of the claim, placed in the article's text exactly as a
 * facts file's support is (locateQuote), and re-derives the claim's known time from its sources.
 */
export async function addSource(
  tx: CypherTransaction,
  claim: LockedClaim,
  { article, quote, start }: { article: string; quote: string; start: number | null },
): Promise<ClaimChange> {
  const { rows } = await tx.run<{ text: string | null; supportStarts: number[] }>({
    cypher: ARTICLE_FOR_SOURCE,
    parameters: { article, id: claim.key },
  });
  const found = rows[0];
  if (!found) {
    throw new NotFoundError("No article has this ID.", { argument: "article" });
  }
  if (found.text === null) {
    throw new BadUserInputError("The article's text is not stored, so no quote of it can be checked.", {
      argument: "article",
    });
  }
  const located = locateQuote(found.text, quote, start ?? undefined);
  if ("problem" in located) {
    throw new BadUserInputError(`The quote ${located.problem}.`, { argument: "quote" });
  }
  if (found.supportStarts.includes(located.start)) {
    throw new BadUserInputError("This passage already supports the claim.", { argument: "quote" });
  }
  await tx.run({
    cypher: ADD_SUPPORT,
    parameters: { id: claim.key, article, quote, start: integer(located.start), end: integer(located.end) },
  });
  await tx.run({ cypher: DERIVE_CLAIM_KNOWN_TIMES, parameters: { rows: [{ id: claim.key }] } });
  return { summary: `source added: ${article} at ${located.start}..${located.end}`, alsoTouched: [] };
}

/**
 * Gives the claim a new rank (and, for DEPRECATED, its reason), then makes what the graph stores
 * follow (followRankChanges: relationships, properties and the keys derived from them).
 */
export async function setRank(
  tx: CypherTransaction,
  claim: LockedClaim,
  rank: ClaimRank,
  deprecationReason: string | null,
): Promise<ClaimChange> {
  await tx.run({ cypher: SET_RANK, parameters: { id: claim.key, rank, deprecationReason } });
  const { key: id, predicate, value, hasObject } = claim;
  const { demoted } = await followRankChanges(runIn(tx), [
    { id, predicate, value, hasObject, from: claim.rank, to: rank },
  ]);
  return { summary: `rank ${claim.rank} -> ${rank}`, alsoTouched: demoted };
}

export async function setConfidence(
  tx: CypherTransaction,
  claim: LockedClaim,
  confidence: number,
  note: string,
): Promise<ClaimChange> {
  await tx.run({ cypher: SET_CONFIDENCE, parameters: { id: claim.key, confidence, note } });
  return { summary: `confidence ${claim.confidence} -> ${confidence}`, alsoTouched: [] };
}
