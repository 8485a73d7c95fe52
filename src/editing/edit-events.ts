import { createPubSub } from "@graphql-yoga/subscription";

/** What a committed edit announces: its id, the claims it touched, and every node they are about. */
export interface EditEvent {
  editId: string;
  claimIds: string[];
  /** Global IDs of the claims and of the nodes they are about (and of a merge's kept node). */
  about: string[];
}

/**
 * In-process publish/subscribe of committed edits, for `Subscription.edits` (graphql-ws). One
 * process only: behind a load balancer, a subscriber sees the edits its own replica commits
 * (docs/editing.md says what a shared broker would change). `@graphql-yoga/subscription` is the
 * PubSub TypeGraphQL 2 documents; it needs no broker for one process.
 */
export const editEvents = createPubSub<{ EDITS: [EditEvent] }>();

export const EDITS_TOPIC = "EDITS";
