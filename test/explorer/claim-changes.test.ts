import { describe, expect, it } from "vitest";

import type { ComparedClaim } from "../../web/graph-view/claim-changes.js";
import { changesSince } from "../../web/graph-view/claim-changes.js";

const DAY = "2021-09-01";

function claim(id: string, extra: Partial<ComparedClaim> = {}): ComparedClaim {
  return { id, validTo: null, sources: [], ...extra };
}

const deadline = {
  publishedOn: { value: "2021-08", precision: "MONTH" as const, earliest: "2021-08-01" },
  outlet: { name: "Deadline" },
};
const jns = {
  publishedOn: { value: "2021-09-26", precision: "DAY" as const, earliest: "2021-09-26" },
  outlet: { name: "JNS" },
};

describe("what the time control marks as changed after its day (web/graph-view/claim-changes.ts)", () => {
  it("says nothing of a relationship that nothing changed, nor of one not known on the day", () => {
    expect(changesSince(DAY, [claim("a")], [claim("a", { sources: [deadline] })])).toEqual([]);
    expect(changesSince(DAY, [], [claim("a", { sources: [jns] })])).toEqual([]);
  });

  it("names a second source published after the day, at its precision", () => {
    expect(changesSince(DAY, [claim("a")], [claim("a", { sources: [deadline, jns] })])).toEqual([
      "a later source: JNS, 26 September 2021",
    ]);
  });

  it("names claims that became known later, and an end of validity learnt later", () => {
    const ended = claim("a", { validTo: { value: "2021-09", precision: "MONTH" } });
    expect(changesSince(DAY, [claim("a")], [ended, claim("b"), claim("c")])).toEqual([
      "2 claims became known later",
      "its end (September 2021) was learnt later",
    ]);
  });
});
