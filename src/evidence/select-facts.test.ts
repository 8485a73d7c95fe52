import { describe, expect, it } from "vitest";

import { ClaimRank } from "../claim/claim-rank.enum.js";
import { Claim } from "../claim/claim.type.js";
import { selectFacts } from "./select-facts.js";

function claim(key: string, predicate: string, value: string, rank: ClaimRank, hasObject = false): Claim {
  return Object.assign(new Claim(), {
    key,
    predicate,
    value,
    rank,
    details: { subject: null, object: null, hasObject, sources: [], derivation: {} },
  }) as Claim;
}

describe("selectFacts", () => {
  it("lets the first claim that is not deprecated win, and keeps the others as alternatives", () => {
    const film = claim("film", "kind", "FILM", ClaimRank.DEPRECATED);
    const series = claim("series", "kind", "SERIES", ClaimRank.PREFERRED);
    const july = claim("july", "premiereDate", "2021-07", ClaimRank.NORMAL);
    const august = claim("august", "premiereDate", "2021-08", ClaimRank.PREFERRED);
    const plays = claim("plays", "PLAYS", "", ClaimRank.PREFERRED, true);
    const facts = selectFacts([august, film, series, july, plays]);
    expect(
      facts.map(({ predicate, value, preferred, alternatives, contested }) => ({
        predicate,
        value,
        preferred: preferred.key,
        alternatives: alternatives.map((alternative) => alternative.key),
        contested,
      })),
    ).toEqual([
      { predicate: "kind", value: "SERIES", preferred: "series", alternatives: ["film"], contested: false },
      {
        predicate: "premiereDate",
        value: "2021-08",
        preferred: "august",
        alternatives: ["july"],
        contested: true,
      },
    ]);
  });

  it("gives no fact when every claim is deprecated", () => {
    expect(selectFacts([claim("film", "kind", "FILM", ClaimRank.DEPRECATED)])).toEqual([]);
  });
});
