import type { Claim } from "../../web/graph-view/claim-data.js";

/** A node as the graph view reads it, for claims made up in unit tests. */
export function personNode(displayName: string): Claim["subject"] & object {
  return { __typename: "Person", id: `id-${displayName}`, displayName };
}

/**
 * A claim as web/graph-view reads it from the API: Lior Raz plays Segev Azulai, preferred, 0.6,
 * undated and unsourced, unless `overrides` says otherwise.
 */
export function claimFixture(overrides: Partial<Claim> = {}): Claim {
  return {
    id: "Q2xhaW06eA",
    predicate: "PLAYS",
    value: null,
    rank: "PREFERRED",
    deprecationReason: null,
    confidence: 0.6,
    confidenceDerivation: { note: null },
    validFrom: null,
    validTo: null,
    knownFrom: null,
    knownFromBasis: null,
    subject: personNode("Lior Raz"),
    object: personNode("Segev Azulai"),
    sources: [],
    ...overrides,
  };
}
