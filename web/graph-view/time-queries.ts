import type { GraphQLRequest } from "../shared/graphql-client.js";
import type { ComparedClaim } from "./claim-changes.js";
import { changesSince } from "./claim-changes.js";
import type { PartialDate } from "./claim-data.js";

/** A day to replay the graph at: as it was known (knownOn), as it was (validOn), or both. */
export interface AsOf {
  /** YYYY-MM-DD, or null for no limit. */
  knownOn: string | null;
  validOn: string | null;
}

export interface TimelineEvent {
  kind: string;
  description: string;
  date: PartialDate & { latest: string };
}

/** What a show's own panel shows on a day: its timeline and its facts (status, kind, premiere). */
export interface ShowOnDay {
  timeline: { events: TimelineEvent[]; undated: Array<Omit<TimelineEvent, "date">> };
  facts: Array<{ predicate: string; value: string | null; contested: boolean }>;
  /** The same facts as known today, to show what changed since the day. */
  factsNow: Array<{ predicate: string; value: string | null }>;
}

/** A replayed neighbourhood: the relationships known on the day, and what was learnt of them later. */
export interface RelationshipsAsOf {
  shown: Set<string>;
  /** By relationship id, in words; only relationships that changed after the day. */
  changes: Map<string, string[]>;
}

// The field arguments of docs/provenance.md ("Two timelines"); null means no limit.
const AS_OF = `query GraphViewAsOf($id: ID!, $depth: Int, $limit: Int, $knownOn: LocalDate, $validOn: LocalDate) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    relationships {
      id
      then: evidence(knownOn: $knownOn, validOn: $validOn) { id validTo { value precision } }
      now: evidence { id validTo { value precision } sources { publishedOn { value precision earliest } outlet { name } } }
    }
  }
}`;

const SHOW_ON_DAY = `query GraphViewShowOnDay($id: ID!, $knownOn: LocalDate, $validOn: LocalDate) {
  node(id: $id) {
    ... on Show {
      timeline(knownOn: $knownOn) {
        events { kind description date { value precision latest } }
        undated { kind description }
      }
      facts(predicates: ["status", "kind", "premiereDate"], knownOn: $knownOn, validOn: $validOn) {
        predicate value contested
      }
      factsNow: facts(predicates: ["status", "kind", "premiereDate"]) { predicate value }
    }
  }
}`;

/**
 * The relationships around `id` that have a claim known (and valid) on the day: what the graph
 * knew of that neighbourhood then; relationships with no such claim are left out. For a known-on
 * day, also what was learnt of each later (claim-changes.ts).
 */
export async function fetchRelationshipsAsOf(
  request: GraphQLRequest,
  { id, depth, limit }: { id: string; depth: number; limit: number },
  asOf: AsOf,
): Promise<RelationshipsAsOf> {
  const data = await request<{
    neighborhood: {
      relationships: Array<{ id: string; then: ComparedClaim[]; now: ComparedClaim[] }>;
    } | null;
  }>(AS_OF, { id, depth, limit, ...asOf });
  const known = (data.neighborhood?.relationships ?? []).filter(
    (relationship) => relationship.then.length > 0,
  );
  const changes = new Map<string, string[]>();
  for (const relationship of known) {
    const changed = asOf.knownOn ? changesSince(asOf.knownOn, relationship.then, relationship.now) : [];
    if (changed.length > 0) {
      changes.set(relationship.id, changed);
    }
  }
  return { shown: new Set(known.map((relationship) => relationship.id)), changes };
}

/** A show's timeline and main facts as known on the day; null when `id` is not a show. */
export async function fetchShowOnDay(
  request: GraphQLRequest,
  id: string,
  asOf: AsOf,
): Promise<ShowOnDay | null> {
  const data = await request<{ node: Partial<ShowOnDay> | null }>(SHOW_ON_DAY, { id, ...asOf });
  return data.node?.timeline && data.node.facts ? (data.node as ShowOnDay) : null;
}
