import { toShortSlug, toSlug } from "../common/slug.js";
import { toNative } from "../neo4j/to-native.js";
import type { ClaimInput } from "./facts-input.js";
import type { FieldProblem } from "./facts-problem.js";
import { integer } from "./neo4j-values.js";

type Properties = Record<string, unknown>;

/**
 * What the graph holds for one claim of a facts file (resolveClaimsCypher's row): whether its
 * references exist, whether the id it would get is taken, and the claim and relationship found.
 */
export interface ResolvedClaim {
  index: number;
  subjectFound: boolean;
  objectFound: boolean;
  reportFound: boolean;
  newIdTaken: boolean;
  claim:
    (Properties & { id: string; subjects: string[]; supportStarts: number[]; reportedBy: string[] }) | null;
  relationship: Properties | null;
}

/** What writing a claim would change: the parameters of upsertClaimsCypher's row, and whether any. */
export interface ClaimChanges {
  properties: Properties;
  newSupport: Array<{ quote: unknown; start: unknown; end: unknown }>;
  relationship: Properties | null;
  reportedBy: unknown;
  changed: boolean;
}

/**
 * Why a claim cannot be written against what the graph holds (`result`): references to nothing,
 * an id that states another fact, a generated id already taken. Empty when it can. Paths are
 * relative to the claim's record.
 */
export function claimProblems(claim: ClaimInput, row: Properties, result: ResolvedClaim): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const fail = (path: ReadonlyArray<PropertyKey>, message: string) => problems.push({ path, message });
  if (!result.subjectFound) {
    fail(["subject"], `no ${claim.subject.label} "${String(row.subject)}" in this file or the graph`);
  }
  if (claim.object && !result.objectFound) {
    fail(["object"], `no ${claim.object.label} "${String(row.object)}" in this file or the graph`);
  }
  if (!result.reportFound) {
    fail(["originallyReportedBy"], `no Article "${String(row.reportedBy)}" in this file or the graph`);
  }
  const existing = result.claim;
  if (
    existing &&
    claim.id === existing.id &&
    (existing.predicate !== claim.predicate || !existing.subjects.includes(row.subject as string))
  ) {
    fail(
      ["id"],
      `claim ${existing.id} in the graph states another fact (${String(existing.predicate)} of ${existing.subjects.join(", ")})`,
    );
  }
  if (!existing && result.newIdTaken) {
    fail([], `the id it would get, ${String(row.newId)}, is taken by another claim: give this claim an id`);
  }
  return problems;
}

/**
 * What writing `claim` changes, given what the graph holds (`result`; claimProblems found none):
 * the properties that differ (all of them for a new claim), the passages not yet its sources, the
 * relationship's properties when the relationship is missing or differs (none for a deprecated
 * claim), and an original report not yet linked.
 */
export function claimChanges(claim: ClaimInput, row: Properties, result: ResolvedClaim): ClaimChanges {
  const existing = result.claim;
  const properties = existing
    ? changedProperties(claim.properties, existing)
    : { id: row.newId, rank: "PREFERRED", ...claim.properties };
  if (
    existing &&
    properties.rank !== undefined &&
    properties.rank !== "DEPRECATED" &&
    existing.deprecationReason != null
  ) {
    // No longer deprecated: the reason goes, as setClaimRank clears it.
    properties.deprecationReason = null;
  }
  const newSupport = claim.support
    .filter((support) => !existing?.supportStarts.includes(support.start))
    .map((support) => ({ quote: support.quote, start: integer(support.start), end: integer(support.end) }));
  const rank = claim.properties.rank ?? existing?.rank ?? "PREFERRED";
  const relationship =
    claim.relationship && rank !== "DEPRECATED"
      ? result.relationship &&
        Object.keys(changedProperties(claim.relationship.properties, result.relationship)).length === 0
        ? null
        : claim.relationship.properties
      : null;
  const reportedBy =
    row.reportedBy !== null && !existing?.reportedBy.includes(row.reportedBy as string)
      ? row.reportedBy
      : null;
  const changed = Object.keys(properties).length > 0 || relationship !== null || reportedBy !== null;
  return { properties, newSupport, relationship, reportedBy, changed };
}

/** The stated properties whose values differ from the node's (compared as plain JSON values). */
export function changedProperties(stated: Properties, current: Properties): Properties {
  return Object.fromEntries(
    Object.entries(stated).filter(
      ([name, value]) => JSON.stringify(toNative(value)) !== JSON.stringify(current[name]),
    ),
  );
}

/** `claim/<subject>/<predicate>[/<object>][/<value>]`, the seed's convention. */
export function defaultClaimId(claim: ClaimInput, subject: string, object: string | null): string {
  const predicate = toSlug(claim.predicate.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/_/g, " "));
  return [
    "claim",
    subject,
    predicate,
    ...(object ? [object] : []),
    ...(claim.value ? [toShortSlug(claim.value)] : []),
  ].join("/");
}
