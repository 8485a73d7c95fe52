import type { GraphQLRequest } from "../shared/graphql-client.js";
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
}

// The field arguments of docs/provenance.md ("Two timelines"); null means no limit.
const AS_OF = `query GraphViewAsOf($id: ID!, $depth: Int, $limit: Int, $knownOn: LocalDate, $validOn: LocalDate) {
  neighborhood(id: $id, depth: $depth, limit: $limit) {
    relationships { id evidence(knownOn: $knownOn, validOn: $validOn) { id } }
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
    }
  }
}`;

/**
 * The ids of the relationships around `id` that have a claim known (and valid) on the day: what
 * the graph knew of that neighbourhood then. Relationships with no such claim are left out.
 */
export async function fetchRelationshipsAsOf(
  request: GraphQLRequest,
  { id, depth, limit }: { id: string; depth: number; limit: number },
  asOf: AsOf,
): Promise<Set<string>> {
  const data = await request<{
    neighborhood: { relationships: Array<{ id: string; evidence: Array<{ id: string }> }> } | null;
  }>(AS_OF, { id, depth, limit, ...asOf });
  return new Set(
    (data.neighborhood?.relationships ?? [])
      .filter((relationship) => relationship.evidence.length > 0)
      .map((relationship) => relationship.id),
  );
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
