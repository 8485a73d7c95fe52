import { Field, Float, Int, ObjectType } from "type-graphql";

import type { PartialDate } from "../common/partial-date.type.js";
import { PartialDate as PartialDateType, toPartialDate } from "../common/partial-date.type.js";
import { Node } from "../node/node.interface.js";
import { ClaimRank } from "./claim-rank.enum.js";
import type { ClaimSource } from "./claim-source.type.js";
import type { ConfidenceDerivation } from "./confidence-derivation.type.js";
import { KnownFromBasis } from "./known-from-basis.enum.js";

/** What a claim statement returns besides the claim's own properties (see claim-cypher.ts). */
export interface ClaimDetails {
  subject: Node | null;
  /** Null for a property claim, and for an object whose type the API does not expose. */
  object: Node | null;
  /** Whether the claim is about a relationship (it has an object), exposed or not. */
  hasObject: boolean;
  sources: ClaimSource[];
  derivation: ConfidenceDerivation;
}

@ObjectType({
  implements: Node,
  description:
    "Something a source asserts: subject, predicate, and an object or a value, with the articles that support it, its rank, its confidence, when it was true (valid time) and when it became known (known time).",
})
export class Claim extends Node {
  @Field(() => String, {
    description:
      'The relationship type ("PLAYS", "CANCELED") or the property ("kind", "premiereDate", "status") the claim is about.',
  })
  predicate!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The asserted value of a property ("FILM", "2021-08"), or the distinguishing property of a relationship (AFFECTED\'s effect, WORKED_ON\'s job).',
  })
  value!: string | null;

  @Field(() => ClaimRank)
  rank!: ClaimRank;

  @Field(() => String, { nullable: true, description: "Why a DEPRECATED claim is wrong." })
  deprecationReason!: string | null;

  @Field(() => Float, { description: "0 to 1; see confidenceDerivation for how it was set." })
  confidence!: number;

  @Field(() => KnownFromBasis, {
    nullable: true,
    description: "Where knownFrom comes from; null when no source of the claim is dated.",
  })
  knownFromBasis!: KnownFromBasis | null;

  /** Counted up by every edit through the API; absent on claims never edited. */
  version?: number;

  @Field(() => Int, {
    name: "version",
    description:
      "How many times the claim was edited through the API (0: as ingested). Send it back as expectedVersion so that a concurrent edit gives CONFLICT, not a silent overwrite.",
  })
  get editVersion(): number {
    return this.version ?? 0;
  }

  validFrom?: string | null;
  validFromPrecision?: string | null;
  validTo?: string | null;
  validToPrecision?: string | null;
  knownFrom?: string | null;
  knownFromPrecision?: string | null;
  confidenceNote?: string | null;
  /** Present when the claim was loaded with its details; node(id) loads them on demand. */
  details?: ClaimDetails;

  @Field(() => PartialDateType, {
    name: "validFrom",
    nullable: true,
    description: "Valid time: when it became true in the world. Null: as far as we know, always.",
  })
  get validFromDate(): PartialDate | null {
    return toPartialDate(this.validFrom, this.validFromPrecision);
  }

  @Field(() => PartialDateType, {
    name: "validTo",
    nullable: true,
    description:
      "Valid time: when it stopped being true (exclusive). Null: still true, or, in an as-known view, its end was not known yet.",
  })
  get validToDate(): PartialDate | null {
    return toPartialDate(this.validTo, this.validToPrecision);
  }

  @Field(() => PartialDateType, {
    name: "knownFrom",
    nullable: true,
    description:
      "Known time: when it became known, the earliest publication date of its sources (see knownFromBasis). Null when no source is dated.",
  })
  get knownFromDate(): PartialDate | null {
    return toPartialDate(this.knownFrom, this.knownFromPrecision);
  }
}
