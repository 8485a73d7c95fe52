import { DISTINGUISHING_PROPERTY, SYMMETRIC_TYPES } from "../evidence/fact-key.js";

/**
 * How a relationship is matched to the claims that state it, as the evidence loader matches them
 * (src/evidence/fact-key.ts): the claim's SUBJECT is the start node, its OBJECT the end node and
 * its predicate the type; the claim's `value` is the distinguishing property's for WORKED_ON,
 * AFFECTED and RELATED_TO; symmetric types may be claimed either way round. Sent as `$claimKeys`.
 */
export const RELATIONSHIP_CLAIM_KEYS = {
  distinguishing: DISTINGUISHING_PROPERTY,
  symmetric: [...SYMMETRIC_TYPES],
};
