import { registerEnumType } from "type-graphql";

/** Stored as `Claim.knownFromBasis`. */
export enum KnownFromBasis {
  SUPPORTING_ARTICLE = "SUPPORTING_ARTICLE",
  CITED_REPORT = "CITED_REPORT",
  PUBLIC_EVENT = "PUBLIC_EVENT",
  GENERAL_KNOWLEDGE = "GENERAL_KNOWLEDGE",
  EDIT = "EDIT",
}

registerEnumType(KnownFromBasis, {
  name: "KnownFromBasis",
  description: "Where a claim's known time (knownFrom) comes from.",
  valuesConfig: {
    SUPPORTING_ARTICLE: { description: "The earliest publication date of the articles that support it." },
    CITED_REPORT: {
      description: "The publication date of an earlier report that a supporting article relays.",
    },
    PUBLIC_EVENT: {
      description: "The claim is about a public event (a premiere), known when it happened.",
    },
    GENERAL_KNOWLEDGE: { description: "Known before any article; always part of an as-known view." },
    EDIT: {
      description:
        "Added by an editor through the API (addClaim): known from the day of its edit, so an as-known view before the edit does not show it.",
    },
  },
});
