import { describe, expect, it } from "vitest";

import { relationshipFacts } from "./fact-key.js";

const segev = { label: "Character", key: "hit-and-run/segev-azulai" };
const danielle = { label: "Character", key: "hit-and-run/danielle-wexler-azulai" };

describe("relationshipFacts", () => {
  it("keys a relationship by its distinguishing property", () => {
    expect(
      relationshipFacts({
        type: "WORKED_ON",
        start: { label: "Person", key: "nicole-yorkin" },
        end: { label: "Show", key: "hit-and-run" },
        properties: { job: "SHOWRUNNER", since: 2019 },
      }),
    ).toEqual([
      {
        subject: { label: "Person", key: "nicole-yorkin" },
        predicate: "WORKED_ON",
        object: { label: "Show", key: "hit-and-run" },
        value: "SHOWRUNNER",
      },
    ]);
  });

  it("asks both ways for a symmetric relationship", () => {
    expect(relationshipFacts({ type: "SPOUSE_OF", start: danielle, end: segev })).toEqual([
      { subject: danielle, predicate: "SPOUSE_OF", object: segev, value: null },
      { subject: segev, predicate: "SPOUSE_OF", object: danielle, value: null },
    ]);
  });
});
