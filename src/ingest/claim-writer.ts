import type { RankChange } from "../editing/follow-ranks.js";
import { followRankChanges } from "../editing/follow-ranks.js";
import type { ClaimInput } from "./facts-input.js";
import type { ClaimGroup } from "./ingest-statements.js";
import {
  createClaimsCypher,
  EXISTING_CLAIM_IDS,
  resolveClaimsCypher,
  upsertClaimsCypher,
} from "./ingest-statements.js";
import type { IngestCounts } from "./ingest-report.js";
import type { ResolvedClaim } from "./claim-decision.js";
import { claimChanges, claimProblems, defaultClaimId } from "./claim-decision.js";
import type { WriteLedger } from "./write-ledger.js";

type Properties = Record<string, unknown>;

/**
 * Writes one batch of claims of one group (subject label and relationship type) as sources of the
 * file's article (ledger.articleId): finds what the graph holds of each, decides (claim-decision.ts)
 * what is new, changed or unchanged, then creates or upserts only that (one UNWIND each). Claims
 * naming a record that failed are skipped (already reported); the ledger gets the counts, the
 * claims created and matched, the problems and the claims whose known times to derive.
 */
export async function writeClaims(
  ledger: WriteLedger,
  group: ClaimGroup,
  claims: ClaimInput[],
): Promise<void> {
  const rows: Properties[] = [];
  const pending: ClaimInput[] = [];
  for (const claim of claims) {
    const subject = ledger.idOf(claim.subject);
    const object = claim.object ? ledger.idOf(claim.object) : null;
    const reportedBy = claim.originallyReportedBy
      ? ledger.idOf({ label: "Article", id: claim.originallyReportedBy })
      : null;
    if (subject === undefined || object === undefined || reportedBy === undefined) {
      continue;
    }
    rows.push({
      index: pending.length,
      id: claim.id ?? null,
      newId: claim.id ?? defaultClaimId(claim, subject, object),
      subject,
      object,
      predicate: claim.predicate,
      value: claim.value ?? null,
      keyValue: claim.relationship?.key?.value ?? null,
      reportedBy,
    });
    pending.push(claim);
  }
  if (rows.length === 0) {
    return;
  }
  const resolved = await resolveClaims(ledger, group, rows, pending);
  const counts = ledger.count("Claim");
  const creates: Properties[] = [];
  const upserts: Properties[] = [];
  const rankChanges: RankChange[] = [];
  for (const result of resolved) {
    const claim = pending[result.index] as ClaimInput;
    const row = rows[result.index] as Properties;
    const write = decideClaim(ledger, claim, row, result, counts);
    const rankChange = write && rankChangeOf(claim, result, write);
    if (rankChange) {
      rankChanges.push(rankChange);
    }
    if (write) {
      // A new claim whose relationship is new too (or not asserted) needs no MERGE at all.
      (result.claim === null && result.relationship === null ? creates : upserts).push(write);
    }
  }
  if (group.relationship === "CHARACTER_IN") {
    // A character's show gives its credit order.
    [...creates, ...upserts].forEach((write) =>
      ledger.creditOrderScope.characters.add(write.subject as string),
    );
  }
  const parameters = { article: ledger.articleId };
  if (creates.length > 0) {
    await ledger.run({ cypher: createClaimsCypher(group), parameters: { ...parameters, rows: creates } });
  }
  if (upserts.length > 0) {
    await ledger.run({ cypher: upsertClaimsCypher(group), parameters: { ...parameters, rows: upserts } });
  }
  // A claim the file gives another rank: what the graph stores follows, as after setClaimRank.
  await followRankChanges((statement) => ledger.run(statement), rankChanges);
}

/** A claim the graph has whose rank the file changes (`write`: decideClaim's row), or undefined. */
function rankChangeOf(claim: ClaimInput, result: ResolvedClaim, write: Properties): RankChange | undefined {
  const existing = result.claim;
  const to = (write.properties as Properties).rank;
  if (!existing || typeof to !== "string") {
    return undefined;
  }
  return {
    id: existing.id,
    predicate: claim.predicate,
    value: (existing.value as string | null | undefined) ?? null,
    hasObject: claim.object !== undefined,
    from: (existing.rank as string | undefined) ?? "PREFERRED",
    to,
  };
}

/**
 * What the graph holds of each claim. A claim about a node this file created cannot be in the
 * graph yet (the file states no fact twice), so it needs only its id checked; the others are
 * looked up by id and by what they state.
 */
async function resolveClaims(
  ledger: WriteLedger,
  group: ClaimGroup,
  rows: Properties[],
  pending: ClaimInput[],
): Promise<ResolvedClaim[]> {
  const isFresh = (row: Properties, claim: ClaimInput) =>
    ledger.created.has(`${claim.subject.label}:${String(row.subject)}`) &&
    (claim.object === undefined || ledger.present.has(`${claim.object.label}:${String(row.object)}`)) &&
    (row.reportedBy === null || ledger.present.has(`Article:${String(row.reportedBy)}`));
  const fresh = rows.filter((row, index) => isFresh(row, pending[index] as ClaimInput));
  const taken = new Set(
    fresh.length === 0
      ? []
      : (
          await ledger.run<{ id: string }>({
            cypher: EXISTING_CLAIM_IDS,
            parameters: { rows: fresh.map((row) => ({ id: row.id ?? row.newId })) },
          })
        ).map(({ id }) => id),
  );
  const certainlyNew = fresh.filter((row) => !taken.has((row.id ?? row.newId) as string));
  const certainlyNewIndexes = new Set(certainlyNew.map((row) => row.index));
  const rest = rows.filter((row) => !certainlyNewIndexes.has(row.index));
  const looked =
    rest.length === 0
      ? []
      : await ledger.run<ResolvedClaim>({
          cypher: resolveClaimsCypher(group),
          parameters: { article: ledger.articleId, rows: rest },
        });
  return [
    ...certainlyNew.map((row) => ({
      index: row.index as number,
      subjectFound: true,
      objectFound: true,
      reportFound: true,
      newIdTaken: false,
      claim: null,
      relationship: null,
    })),
    ...looked,
  ];
}

/** The row to write for one claim, recording its problems and counts; undefined when nothing to write. */
function decideClaim(
  ledger: WriteLedger,
  claim: ClaimInput,
  row: Properties,
  result: ResolvedClaim,
  counts: IngestCounts,
): Properties | undefined {
  const problems = claimProblems(claim, row, result);
  for (const { path, message } of problems) {
    ledger.problem(claim.origin, path, message);
  }
  if (problems.length > 0) {
    return undefined;
  }
  const existing = result.claim;
  const { properties, newSupport, relationship, reportedBy, changed } = claimChanges(claim, row, result);
  if (existing) {
    counts.matched += 1;
    counts.updated += changed ? 1 : 0;
    ledger.claimsMatched.push(existing.id as string);
  } else {
    counts.created += 1;
    ledger.claimsCreated.push(row.newId as string);
  }
  counts.newSources += newSupport.length;
  if (!changed && newSupport.length === 0) {
    return undefined;
  }
  const id = existing?.id ?? row.newId;
  if (!existing || newSupport.length > 0 || reportedBy !== null) {
    ledger.knownTimesToDerive.claims.add(id as string);
  }
  return {
    id,
    subject: row.subject,
    object: row.object,
    keyValue: row.keyValue,
    properties,
    newSupport,
    relationship,
    reportedBy,
  };
}
