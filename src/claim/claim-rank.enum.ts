import { registerEnumType } from "type-graphql";

export enum ClaimRank {
  PREFERRED = "PREFERRED",
  NORMAL = "NORMAL",
  DEPRECATED = "DEPRECATED",
}

registerEnumType(ClaimRank, {
  name: "ClaimRank",
  description:
    "How a claim stands against others about the same thing. Ordinary fields show the PREFERRED one; DEPRECATED claims are kept, with a reason, and shown only on request.",
  valuesConfig: {
    PREFERRED: { description: "What the graph says." },
    NORMAL: { description: "Asserted by a source, not chosen: kept for the record." },
    DEPRECATED: { description: "Asserted by a source and known to be wrong; see deprecationReason." },
  },
});
